import Testing
@testable import GuichetCore

/// The offer catalog's rules: which offers a line gets, cheapest first.
@Suite("Budget offers")
struct BudgetOfferTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    static func offer(_ id: Int64, _ name: String, _ service: OfferService, cents: Int64, benefits: Set<Benefit> = [],
                      from: CalendarDay? = nil, to: CalendarDay? = nil, retired: Bool = false) -> BudgetOffer {
        BudgetOffer(id: id, operatorName: "Op", name: name, service: service, monthlyPrice: Money(cents: cents),
                    content: OfferContent(minutes: 40, sms: 40, dataMB: 0), benefits: benefits, commitmentMonths: 0,
                    validFrom: from, validTo: to, isExample: false, isRetired: retired)
    }

    @Test func proposalsFitTheLineThePersonAndTheDayCheapestFirst() {
        let offers = [
            Self.offer(1, "Social", .mobile, cents: 1000, benefits: [.rsa]),
            Self.offer(2, "Deux euros", .mobile, cents: 200),
            Self.offer(3, "Box sociale", .internet, cents: 2300, benefits: [.rsa]),
            Self.offer(4, "Réservée AAH", .mobile, cents: 500, benefits: [.aah]),
            Self.offer(5, "Ancienne", .mobile, cents: 100, to: CalendarDay(year: 2026, month: 11, day: 26)),
            Self.offer(6, "Future", .mobile, cents: 100, from: CalendarDay(year: 2026, month: 11, day: 28)),
            Self.offer(7, "Retirée", .mobile, cents: 100, retired: true),
            Self.offer(8, "Chère", .mobile, cents: 5000),
        ]
        let line = BudgetFiguresTests.line(.prepaidMobile, cost: 45)
        let rsa = OfferMatching.proposals(for: line, benefits: [.rsa], offers: offers, on: Self.today)
        #expect(rsa.map(\.offer.name) == ["Deux euros", "Social", "Chère"])
        #expect(rsa.map(\.monthlySaving.cents) == [4300, 3500, -500])
        let nobody = OfferMatching.proposals(for: line, benefits: [], offers: offers, on: Self.today)
        #expect(nobody.map(\.offer.name) == ["Deux euros", "Chère"])
        let box = OfferMatching.proposals(for: BudgetFiguresTests.line(.hotspot, cost: 30), benefits: [.rsa, .are], offers: offers,
                                          on: Self.today)
        #expect(box.map(\.offer.name) == ["Box sociale"])
    }

    @Test func theOfferFormReadsContentAndEligibility() throws {
        var draft = OfferDraft()
        draft.operatorName = "Plusieurs"
        draft.name = "Tarif social mobile"
        draft.monthlyPrice = "10"
        draft.minutes = "40"
        draft.sms = "illimité"
        draft.data = "1,5 Go"
        draft.benefits = "rsa et AAH; ass"
        draft.commitmentMonths = ""
        let offer = try draft.validated(today: Self.today)
        #expect(offer.content == OfferContent(minutes: 40, sms: nil, dataMB: 1500))
        #expect(offer.content.text(.french) == "40 min · SMS illimités · 1,5 Go")
        #expect(offer.benefits == [.rsa, .aah, .ass])
        #expect(Benefit.listed(offer.benefits, .french) == "RSA, AAH, ASS")
        #expect(Benefit.read(stored: Benefit.stored(offer.benefits)) == offer.benefits)
        #expect(OfferDraft(offer).data == "1,5 Go" && OfferDraft(offer).sms == "illimité")
        draft.benefits = "RSA, CMU"
        draft.commitmentMonths = "36"
        draft.validFrom = "01/06/2026"
        draft.validTo = "01/01/2026"
        do {
            _ = try draft.validated(today: Self.today)
            Issue.record("accepted a wrong offer")
        } catch {
            #expect(error.fields == [.benefits, .commitmentMonths, .validTo])
        }
        #expect(try OfferDraft.benefits("") == [] && OfferDraft.benefits("tout le monde") == [])
        #expect(try OfferDraft.megabytes("100") == 100 && OfferDraft.megabytes("20 Go") == 20000)
        #expect(throws: GuichetError.self) { try OfferDraft.megabytes("1,5 Mo") }
    }
}
