import Foundation
@testable import GuichetStore
import GuichetCore

/// Building checked beneficiaries for the store tests.
enum People {
    static let today = CalendarDay(year: 2026, month: 11, day: 18)!

    static func make(_ last: String, _ first: String, birth: String = "", phone: String = "",
                     housing: String = "", edit: (inout BeneficiaryDraft) -> Void = { _ in }) throws -> ValidBeneficiary {
        var draft = BeneficiaryDraft()
        draft.lastName = last
        draft.firstName = first
        draft.birthDate = birth
        draft.phone = phone
        draft.housing = housing
        edit(&draft)
        return try draft.validated(today: today)
    }

    /// Creates each (last, first) as a file and returns their ids in order.
    @discardableResult
    static func create(_ store: GuichetStore, _ actor: Actor, _ names: [(String, String)]) throws -> [Int64] {
        try names.map { last, first in
            try store.createBeneficiary(as: actor, make(last, first), enrolledOn: today).id
        }
    }
}

extension Scratch {
    /// A volunteer account of the set-up store.
    func volunteer(_ store: GuichetStore, chef: Actor) throws -> Actor {
        let account = try store.createUser(as: chef, login: "benevole", displayName: "Bruno Bénévole", role: .volunteer,
                                           password: Scratch.password)
        return Actor(userID: account.id, login: account.login, displayName: account.displayName, role: .volunteer,
                     siteCode: chef.siteCode)
    }
}
