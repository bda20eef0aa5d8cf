import Foundation
import Testing
@testable import GuichetTerminal

/// The value comparisons that replace Unicode property look-ups on every frame
/// agree with those properties, scalar by scalar.
@Suite struct ScalarFastPathTests {
    @Test func controlByValueMatchesGeneralCategory() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: Bool
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: expected = true
            default: expected = false
            }
            if DisplayText.isControl(scalar) != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func simpleScalarsWidthMatchesProperties() {
        for value in TextWidth.simpleRanges.flatMap({ Array($0) }) where value >= 0xA0 {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            var expected = 1
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: expected = 0
            default:
                if EastAsianWide.contains(scalar) || properties.isEmojiPresentation { expected = 2 }
            }
            #expect(TextWidth.of(Character(scalar)) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test func simpleTestMatchesItsRanges() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF where TextWidth.isSimple(value) != TextWidth.simpleRanges.contains(where: { $0.contains(value) }) {
            mismatches.append(value)
        }
        #expect(mismatches.isEmpty)
    }
}

/// Text below U+0300 measured and written scalar by scalar gives what grapheme
/// by grapheme measuring gives.
@Suite struct LatinFastPathTests {
    private func graphemeWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + TextWidth.of($1) }
    }

    @Test func widthMatchesGraphemeSum() {
        var samples = ["Hélène", "FRANÇOIS Joël", "Œdipe Ærø", "NGUYỄN Thị", "Ивановa Йоханна", "a\u{AD}b", "x\r\ny", "\u{85}é", "ÿ\u{7F}ß", "ʼʻ˚",
                       "nom — tapez", "l’été “x” …", "e\u{301}—"]
        for value in TextWidth.simpleRanges.flatMap({ Array($0) }) {
            let scalar = String(Unicode.Scalar(value)!)
            samples.append("é" + scalar)
            samples.append(scalar + "a")
        }
        for text in samples {
            if let width = TextWidth.latinWidth(text) {
                #expect(width == graphemeWidth(text), "\(text.unicodeScalars.map(\.value))")
            }
            #expect(TextWidth.of(text) == graphemeWidth(text))
        }
        #expect(TextWidth.latinWidth("e\u{301}") == nil)
        #expect(TextWidth.latinWidth("—\u{301}") == nil)
    }

    @Test func simpleTextIsAlreadyNFC() {
        let simple = TextWidth.simpleRanges.flatMap { Array($0) }.map { String(Unicode.Scalar($0)!) }
        var changed: [String] = []
        for first in simple {
            for second in ["a", "é", "\u{2014}", "\u{2019}", "\u{2026}", "\u{AD}", "\u{2010}", "ễ", "й"] {
                let text = first + second
                if text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) == false {
                    changed.append(text)
                }
            }
        }
        for scalar in simple where scalar.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(scalar.unicodeScalars) == false {
            changed.append(scalar)
        }
        #expect(changed.isEmpty)
        #expect(CanonicalForm.nfc("e\u{301}—") == "\u{E9}—")
    }

    @Test func writeMatchesGraphemeByGrapheme() {
        for text in ["Hélène Dupont-Müller", "a\u{AD}bé", "çà\r\nß", "ÀÉÎÕÜ ÿ", "nom — tapez", "l’été…"] {
            for x in [-2, 0, 3] {
                for maxWidth in [nil, 0, 2, 5] as [Int?] {
                    var fast = Buffer(size: Size(width: 12, height: 1))
                    let used = fast.write(text, at: Position(x: x, y: 0), role: .header, maxWidth: maxWidth)
                    var slow = Buffer(size: Size(width: 12, height: 1))
                    var column = x
                    let limit = maxWidth.map { min(12, x + max(0, $0)) } ?? 12
                    for character in DisplayText.sanitized(text) {
                        let width = TextWidth.of(character)
                        if width == 0 { continue }
                        if column + width > limit { break }
                        if column >= 0 {
                            slow.write(String(character), at: Position(x: column, y: 0), role: .header)
                        }
                        column += width
                    }
                    #expect(fast == slow, "\(text) at \(x) max \(String(describing: maxWidth))")
                    #expect(used == max(0, column - x))
                }
            }
        }
    }
}

/// Filling a rect at once leaves what filling it cell by cell leaves, wide
/// characters cut at either edge included.
@Suite struct FillFastPathTests {
    @Test func fillMatchesCellByCell() {
        for offset in 0..<3 {
            var base = Buffer(size: Size(width: 10, height: 2))
            base.write(String(repeating: "漢", count: 5), at: Position(x: offset, y: 0), role: .title)
            base.write("é字a字", at: Position(x: offset, y: 1), role: .muted)
            for x in -1..<10 {
                for width in 0..<6 {
                    let rect = Rect(x: x, y: 0, width: width, height: 2)
                    var fast = base
                    fast.fill(rect, role: .selection)
                    var slow = base
                    let clipped = rect.intersection(slow.bounds)
                    if !clipped.isEmpty {
                        for y in clipped.y..<clipped.maxY {
                            for column in clipped.x..<clipped.maxX {
                                slow.write(" ", at: Position(x: column, y: y), role: .selection)
                            }
                        }
                    }
                    #expect(fast == slow, "offset \(offset) x \(x) width \(width)")
                }
            }
        }
    }
}

/// Padding plain text that fits skips truncation; the result is the same.
@Suite struct PaddedFastPathTests {
    @Test func paddedMatchesTruncateThenPad() {
        let texts = ["", "Nom", "Hélène DUPONT-MÜLLER", "a\u{AD}b", "l’été — “x”…", "tab\there", "e\u{301}té", "漢字", "x\r\ny"]
        for text in texts {
            for width in 0..<24 {
                for alignment in [Alignment.left, .right, .center] {
                    let padded = TextWidth.padded(text, to: width, alignment: alignment, ellipsis: "…")
                    var expected = ""
                    if width > 0 {
                        let cut = TextWidth.truncated(text, to: width, ellipsis: "…")
                        let room = max(0, width - TextWidth.of(cut))
                        switch alignment {
                        case .left: expected = cut + String(repeating: " ", count: room)
                        case .right: expected = String(repeating: " ", count: room) + cut
                        case .center:
                            expected = String(repeating: " ", count: room / 2) + cut + String(repeating: " ", count: room - room / 2)
                        }
                    }
                    #expect(padded == expected, "\(text) \(width) \(alignment)")
                }
            }
        }
    }
}
