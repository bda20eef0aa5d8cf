import Foundation
import GuichetCore

/// Where the command line's reports and exports go: a private file (mode 0600) when
/// `--output` names one, else standard output.
public enum ReportOutput {
    /// Writes `bytes`; returns what the journal records (`file` or `stdout`).
    public static func deliver(_ bytes: [UInt8], output: String?) throws(GuichetError) -> String {
        if let output {
            _ = try BudgetPrintOutput.write(bytes, to: output)
            return "file"
        }
        try? FileHandle.standardOutput.write(contentsOf: Data(bytes))
        return "stdout"
    }

    /// The report in the format asked: `text` (80 columns, with the chart), `csv` or `json`.
    public static func bytes(_ report: SiteReport, format: ReportFormat, title: String, language: Language, writer: CSVWriter) -> [UInt8] {
        switch format {
        case .text:
            let lines = ReportLayout(report, language: language).textLines(title: title)
            return Array((lines.map { VisibleText.escaped($0) }.joined(separator: "\n") + "\n").utf8)
        case .csv: return ReportCSV.report(report, language: language, writer: writer).bytes
        case .json: return report.json()
        }
    }
}

/// The formats of `guichet report` and `guichet consolidate`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, csv, json
}
