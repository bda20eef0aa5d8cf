import Testing
@testable import GuichetCore

/// The plan's step templates a supervisor edits (issue 9, item 4): the form's checks,
/// the step a template makes, and what anonymisation keeps of a step's text.
@Suite("Plan step templates")
struct PlanStepTemplateTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 27)!

    static func draft(_ edit: (inout PlanStepTemplateDraft) -> Void) -> PlanStepTemplateDraft {
        var draft = PlanStepTemplateDraft()
        draft.french = "Appeler le service client"
        draft.delay = "10"
        edit(&draft)
        return draft
    }

    static func errors(_ draft: PlanStepTemplateDraft) -> [PlanStepTemplateField: String] { draft.frenchErrors(today: today) }

    @Test func aTemplateIsItsTextsItsDelayAndWhoDoesIt() throws {
        let template = try Self.draft { $0.english = "  Call customer service "; $0.who = "coach" }.validated(today: Self.today)
        #expect(template == PlanStepTemplate(french: "Appeler le service client", english: "Call customer service", delayDays: 10,
                                             who: .counter))
        #expect(template.text(.english) == "Call customer service" && template.texts.count == 2)
        let frenchOnly = try Self.draft { _ in }.validated(today: Self.today)
        #expect(frenchOnly.text(.english) == "Appeler le service client", "no English: the French is shown")
        #expect(frenchOnly.texts == ["Appeler le service client"])
    }

    @Test func theDelayIsAWholeNumberOfDaysUpToAYear() {
        let message = "Délai (jours) : un nombre entier de 0 à 365 attendu (0 : le jour même), par ex. 14"
        for accepted in ["0", "7", " 30 ", "365"] {
            #expect(Self.errors(Self.draft { $0.delay = accepted }).isEmpty, "\(accepted)")
        }
        for refused in ["", "366", "-3", "7,5", "1.5", "+5", "une semaine", "1000", "٣"] {
            #expect(Self.errors(Self.draft { $0.delay = refused }) == [.delay: message], "« \(refused) »")
        }
        #expect(Self.draft { $0.delay = "400" }.error(in: .delay, today: Self.today)?.french == message, "said as the field is left")
    }

    @Test func theTextIsRequiredOneLineAndAsLongAsAStepAtMost() {
        #expect(Self.errors(Self.draft { $0.french = "  " }) == [.french: BudgetText.templateTextExpected.french])
        let tooLong = "Étape (français) : texte d’une seule ligne de 200 caractères au plus attendu"
        #expect(Self.errors(Self.draft { $0.french = String(repeating: "é", count: 201) }) == [.french: tooLong])
        #expect(Self.errors(Self.draft { $0.french = String(repeating: "é", count: 200) }).isEmpty)
        #expect(Self.errors(Self.draft { $0.french = "Obtenir\nle RIO" }) == [.french: tooLong])
        #expect(Self.errors(Self.draft { $0.english = String(repeating: "e", count: 201) }).keys.contains(.english))
        #expect(Self.errors(Self.draft { $0.who = "neighbour" }) == [.who: "Qui : choisissez une valeur de la liste"])
        // Every error at once, in form order.
        #expect(Self.errors(Self.draft { $0.french = ""; $0.delay = "x"; $0.who = "" }).count == 3)
    }

    @Test func aStepFromATemplateIsDueItsDelayAfterTheDay() throws {
        let template = PlanStepTemplate(id: 3, french: "Rappeler l’opérateur", delayDays: 0, who: .counter)
        let english = PlanStepDraft(template: template, from: Self.today, language: .english)
        #expect(english.text == "Rappeler l’opérateur" && english.due == "27/11/2026" && english.who == "coach")
        let rio = PlanStepDraft(template: DefaultStepTemplate.getRIO.template, from: Self.today, language: .english)
        #expect(rio.text == "Get the RIO: free call to 3179 from the line" && rio.due == "04/12/2026")
        #expect(try PlanStepDraft(template: template, from: Self.today, language: .french).validated(today: Self.today).due == Self.today)
    }

    @Test func theDefaultsAreTheProgrammesSeven() {
        #expect(DefaultStepTemplate.allCases.count == 7)
        #expect(DefaultStepTemplate.allCases.allSatisfy { $0.template.isDefault && !$0.template.isRetired })
        #expect(DefaultStepTemplate.allCases.map(\.delayDays) == [7, 7, 7, 14, 14, 30, 30])
        // Each one passes the form's own checks.
        for template in DefaultStepTemplate.allCases {
            #expect(Self.errors(PlanStepTemplateDraft(template.template)).isEmpty, "\(template)")
        }
    }

    @Test func anonymisationKeepsATextOfTheSitesTemplatesOnly() {
        let edited = PlanStepTemplate(id: 1, french: "Obtenir le RIO au 3179 (appel gratuit)", english: "Get the RIO at 3179",
                                      delayDays: 5, who: .person)
        let texts = Set(edited.texts)
        #expect(Anonymisation.stepText("Obtenir le RIO au 3179 (appel gratuit)", templates: texts) == "Obtenir le RIO au 3179 (appel gratuit)")
        #expect(Anonymisation.stepText("Get the RIO at 3179", templates: texts) == "Get the RIO at 3179")
        #expect(Anonymisation.stepText("Appeler Mme Dupont au 06 12 34 56 78", templates: texts) == Anonymisation.removedText)
        #expect(Anonymisation.stepText("Obtenir le RIO", templates: []) == Anonymisation.removedText)
    }
}
