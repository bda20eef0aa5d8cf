import Testing
@testable import GuichetCore

@Suite struct RechargeRuleTests {
    static let card = RechargeProduct(id: 1, code: "SFR-10", operatorName: "SFR", label: "La Carte 10 €", faceValue: Money(cents: 10_00),
                                      minutes: 60, dataMB: 0, price: Money(cents: 5_00), lowStock: 5, isActive: true,
                                      isExample: false, stock: 3)

    @Test func denominationsAreCountedOrTheTotalIsTyped() throws {
        var texts = Array(repeating: "", count: 15)
        texts[4] = "2"      // 20 €
        texts[9] = "3"      // 0,50 €
        texts[14] = "7"     // 0,01 €
        let counted = try CashCount.read(counts: texts, total: "")
        #expect(counted.total == Money(cents: 41_57))
        #expect(counted.detail.hasPrefix("counts=50000:0,20000:0,10000:0,5000:0,2000:2,"))
        #expect(try CashCount.read(counts: texts, total: "41,57") == counted)
        #expect(throws: GuichetError.invalid(Phrase(
            fr: "Total compté : les coupures font 41,57 € ; videz ce champ ou corrigez les coupures",
            en: "Counted total: the notes and coins make €41.57; empty this field or correct them"))) {
            try CashCount.read(counts: texts, total: "40")
        }
        #expect(try CashCount.read(counts: Array(repeating: " ", count: 15), total: "152.40").total == Money(cents: 152_40))
        #expect(throws: GuichetError.invalid(RechargeText.countedExpected)) {
            try CashCount.read(counts: Array(repeating: "", count: 15), total: "")
        }
        texts[0] = "-1"
        #expect(throws: GuichetError.self) { try CashCount.read(counts: texts, total: "") }
        #expect(Denomination.label(Money(cents: 50), .french) == "0,50 €" && Denomination.label(Money(cents: 500_00), .french) == "500 €")
    }

    @Test func aGapNeedsANote() throws {
        #expect(try CashClosing.note("", counted: Money(cents: 10_00), expected: Money(cents: 10_00)) == "")
        #expect(throws: GuichetError.self) { try CashClosing.note(" ", counted: Money(cents: 9_99), expected: Money(cents: 10_00)) }
        #expect(try CashClosing.note(" pièce perdue ", counted: Money(cents: 9_99), expected: Money(cents: 10_00)) == "pièce perdue")
    }

    @Test func quantityAndPriceAreCheckedAtTheirField() throws {
        for bad in ["", "0", "-1", "abc", "1,5", "11", "1000000"] {
            #expect(throws: GuichetError.invalid(RechargeText.quantityExpected.filled(10))) { try SaleRule.quantity(bad) }
        }
        #expect(try SaleRule.quantity(" 2 ") == 2)
        for bad in ["", "0", "-5", "abc", "10,01", "5,001", "1e3"] {
            #expect(throws: GuichetError.self) { try SaleRule.unitPrice(bad, product: Self.card) }
        }
        #expect(try SaleRule.unitPrice("4.5", product: Self.card) == Money(cents: 4_50))
        let free = try SaleRule.validated(product: Self.card, quantity: "2", unitPrice: "abc", payment: .free, reason: "urgence")
        #expect(free.amount == .zero && free.reason == "urgence")
        #expect(throws: GuichetError.self) {
            try SaleRule.validated(product: Self.card, quantity: "1", unitPrice: "", payment: .free, reason: " ")
        }
        #expect(SaleRule.capValue(Self.card, quantity: 2) == Money(cents: 10_00))
        #expect(throws: GuichetError.refused(RechargeText.outOfStock.filled("SFR-10", 3))) { try SaleRule.requireStock(Self.card, quantity: 4) }
    }

    @Test func theCapSaysWhatIsLeft() throws {
        try MonthlyCap.check(cap: Money(cents: 30_00), spent: Money(cents: 25_00), adding: Money(cents: 5_00))
        #expect(throws: GuichetError.self) {
            try MonthlyCap.check(cap: Money(cents: 30_00), spent: Money(cents: 25_01), adding: Money(cents: 5_00))
        }
        #expect(MonthlyCap.remaining(cap: Money(cents: 30_00), spent: Money(cents: 40_00)) == .zero)
        let month = MonthlyCap.month(of: CalendarDay(year: 2028, month: 2, day: 14)!)
        #expect(month.lowerBound.iso == "2028-02-01" && month.upperBound.iso == "2028-02-29")
        #expect(try MonthlyCap.amount("25") == Money(cents: 25_00))
        #expect(throws: GuichetError.self) { try MonthlyCap.amount("0") }
    }

    @Test func aReversalNegatesEveryAmount() throws {
        let day = CalendarDay(year: 2026, month: 11, day: 27)!
        let sale = LedgerEntry(id: 12, at: "2026-11-27T09:00:00.000Z", day: day, kind: .sale, receipt: "PAR-R-2026-000003",
                               beneficiaryID: 4, fileNumber: "PAR-2026-00004", productID: 1, productCode: "SFR-10", quantity: -2,
                               units: 2, unitPrice: Money(cents: 5_00), amount: Money(cents: 10_00), cash: Money(cents: 10_00),
                               payment: .cash, cap: Money(cents: 10_00), minutes: 120)
        let reversal = try sale.reversal(at: "2026-11-28T09:00:00.000Z", day: day.adding(days: 1), receipt: "PAR-R-2026-000009",
                                         reason: "erreur", userID: 1, userLogin: "chef")
        #expect(reversal.kind == .reversal && reversal.reverses == 12 && reversal.beneficiaryID == 4)
        #expect(reversal.quantity == 2 && reversal.units == -2 && reversal.minutes == -120)
        #expect(reversal.amount == Money(cents: -10_00) && reversal.cash == Money(cents: -10_00) && reversal.cap == Money(cents: -10_00))
        let rows = [sale, reversal].map {
            LedgerSums(kind: $0.kind, productID: $0.productID, payment: $0.payment, entries: 1, quantity: $0.quantity, units: $0.units,
                       amount: $0.amount, cash: $0.cash, minutes: $0.minutes)
        }
        let report = CashReport(rows: rows)
        #expect(report.netUnits == 0 && report.netAmount == .zero && report.minutes == 0 && report.expectedCash == .zero)
        #expect(report.sales == 1 && report.reversals == 1 && report.products.first?.units == 2)
        #expect(throws: GuichetError.self) {
            try reversal.reversal(at: "", day: day, receipt: nil, reason: "x", userID: nil, userLogin: nil)
        }
    }

    @Test func theCanonicalTextIsFixedAndEscaped() {
        let entry = LedgerEntry(id: 1, at: "2026-11-27T09:00:00.000Z", day: CalendarDay(year: 2026, month: 11, day: 27)!, kind: .open,
                                amount: Money(cents: 50_00), cash: Money(cents: 50_00), note: "a\\b\nnote=x")
        let text = entry.canonicalText(previousHash: ChainEncoding.origin)
        #expect(text.hasPrefix("guichet-ledger-1\nid=1\nat=2026-11-27T09:00:00.000Z\nday=2026-11-27\nkind=open\nreceipt~\n"))
        #expect(text.contains("\nnote=a\\\\b\\nnote=x\n"))
        #expect(text.hasSuffix("\nprevious=" + String(repeating: "0", count: 64) + "\n"))
    }

    @Test func theCashBoxOpensOnceADayAfterThePreviousClose() throws {
        let today = CalendarDay(year: 2026, month: 11, day: 27)!
        let fresh = CashBoxState.of(today: today, lastOpenedDay: nil, lastOpenedDayClosed: false, previousClose: nil)
        #expect(fresh == .notOpened(previousClose: nil))
        #expect(throws: GuichetError.refused(RechargeText.firstFloatNeeded)) { try fresh.openingFloat(typed: nil, today: today) }
        #expect(try fresh.openingFloat(typed: Money(cents: 30_00), today: today) == Money(cents: 30_00))
        let next = CashBoxState.of(today: today, lastOpenedDay: today.adding(days: -1), lastOpenedDayClosed: true,
                                   previousClose: Money(cents: 45_00))
        #expect(try next.openingFloat(typed: nil, today: today) == Money(cents: 45_00))
        #expect(throws: GuichetError.refused(RechargeText.cashBoxNotOpen)) { try next.allow(.sale, today: today) }
        try next.allow(.reception, today: today)
        let left = CashBoxState.of(today: today, lastOpenedDay: today.adding(days: -2), lastOpenedDayClosed: false, previousClose: nil)
        #expect(left == .earlierDayOpen(today.adding(days: -2)))
        #expect(throws: GuichetError.self) { try left.openingFloat(typed: nil, today: today) }
        let closed = CashBoxState.of(today: today, lastOpenedDay: today, lastOpenedDayClosed: true, previousClose: nil)
        #expect(throws: GuichetError.self) { try closed.allow(.reception, today: today) }
    }

    @Test func receiptsAndProductsReadAsTyped() throws {
        #expect(ReceiptNumber("par-r-2026-123")?.description == "PAR-R-2026-000123")
        #expect(ReceiptNumber("PAR-2026-00123") == nil && ReceiptNumber("PAR-R-2026-1234567") == nil)
        #expect(try ProductDraft.data("1 Go") == 1024 && ProductDraft.data("500 Mo") == 500 && ProductDraft.data("1,5 Go") == 1536)
        #expect(throws: GuichetError.self) { try ProductDraft.data("beaucoup") }
        #expect(ProductDraft.dataText(1536, .french) == "1,5 Go")
        var draft = ProductDraft(Self.card)
        draft.price = "12"
        #expect(throws: GuichetError.invalid(RechargeText.productPriceExpected)) { try draft.validated() }
        draft.price = "5"
        draft.minutes = ""
        #expect(throws: GuichetError.invalid(RechargeText.contentsExpected)) { try draft.validated() }
        #expect(try StockMovementRule.delta("-3", kind: .correction) == -3 && StockMovementRule.delta("3", kind: .loss) == -3)
        #expect(throws: GuichetError.self) { try StockMovementRule.delta("-3", kind: .reception) }
        #expect(throws: GuichetError.self) { try StockMovementRule.delta("0", kind: .correction) }
    }
}
