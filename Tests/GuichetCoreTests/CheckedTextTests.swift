import Foundation
import Testing
@testable import GuichetCore

@Suite struct CheckedTextTests {
    struct Record: Codable, Equatable {
        let phone: PhoneNumber
        let file: FileNumber
        let imei: IMEI
        let iccid: ICCID
        let email: Email
    }

    @Test func encodesAsTheStoredTextAndDecodesBack() throws {
        let record = Record(phone: try PhoneNumber.parse("06 12 34 56 78"), file: try FileNumber.parse("PAR-2026-00042"),
                            imei: try IMEI.parse("260531793113837"), iccid: try ICCID.parse("8933011234567890120"),
                            email: try Email.parse("Marie@Example.fr"))
        let json = try JSONEncoder().encode(record)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#""phone":"+33612345678""#))
        #expect(text.contains(#""file":"PAR-2026-00042""#))
        #expect(try JSONDecoder().decode(Record.self, from: json) == record)
    }

    @Test func decodingRefusesInvalidOrNonCanonicalText() {
        struct Phone: Codable { let phone: PhoneNumber }
        struct File: Codable { let file: FileNumber }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Phone.self, from: Data(#"{"phone":"12345"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Phone.self, from: Data(#"{"phone":"06 12 34 56 78"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(File.self, from: Data(#"{"file":"PAR-2026-0"}"#.utf8)) }
        #expect(PhoneNumber(storedText: "+33612345678") != nil)
        #expect(FileNumber(storedText: "par-2026-42") == nil)
    }
}
