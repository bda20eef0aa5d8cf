import GuichetCore
import GuichetStore
import GuichetTerminal

/// The fleet as a searchable list: by inventory code (`17` finds CLE-017), the end of the
/// IMEI or of the SIM's number, or the borrower (file number or name).
struct DeviceSearchSource: SearchSource {
    func search(_ query: String, limit: Int, store: GuichetStore, context: AppContext) throws(GuichetError) -> [DeviceListRow] {
        try store.searchDevices(query, limit: limit)
    }

    func id(of row: DeviceListRow) -> Int64 { row.id }

    func header(_ context: AppContext) -> ListItem {
        ListItem(columns: [AppText.columnKey, AppText.columnModel, AppText.columnState, AppText.columnFile, AppText.columnDueBack]
            .map { context.text($0) }, role: .header)
    }

    var columnWidths: [Int] { [9, 22, 15, 16] }

    func items(_ rows: ArraySlice<DeviceListRow>, context: AppContext) -> [ListItem] {
        let today = context.today
        return rows.map { row in
            let late = row.loan?.daysLate(on: today) ?? 0
            var due = row.loan?.dueOn?.formatted(context.language) ?? ""
            if late > 0 { due += " " + context.text(AppText.daysLate, late) }
            let role: StyleRole = late > 0 ? .warning : (row.device.state.isFinal || row.device.state == .lost ? .muted : .normal)
            return ListItem(columns: [row.device.code, row.device.model, context.text(row.device.state.label),
                                      row.loan?.fileNumber ?? "", due], role: role)
        }
    }

    var queryHint: Phrase { AppText.deviceSearchHint }
    var emptyQueryStatus: Phrase { AppText.fleetAll }
    var queryMaximumLength: Int { 40 }
}

/// The fleet: everyone searches and opens a key; supervisors add one (F2).
struct DeviceListScreen: SearchListScreen {
    enum Action: Hashable, Sendable { case new, clear, open, back }

    var search = SearchList(source: DeviceSearchSource())

    var title: Phrase { AppText.fleetTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [
            ScreenAction(.new, function: 2, control: "n", label: AppText.actionNew, help: AppText.actionNewKeyHelp)
                .greyed(AppText.reservedTo(Permission.manageDevices.minimumRole), when: context.actor?.role.may(.manageDevices) != true),
            .clearSearch(.clear),
            ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenKeyHelp,
                         hint: AppText.hintOpen)
                .greyed(AppText.noRowSelected, when: search.selected == nil),
            .back(.back),
        ]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .new: return .push(DeviceFormScreen(editing: nil, context: context))
        case .clear: return clearSearch()
        case .open:
            guard let row = search.selected else { return .none }
            return .push(DeviceCardScreen(id: row.id))
        case .back: return .pop
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        search.render(into: &buffer, area: area, context: context, noResult: context.text(AppText.noKeyMatches))
    }
}

/// A key's form (supervisors): every field checked by the core's rules as it is left,
/// all of them again on save; a code, IMEI, ICCID or number another key has is marked.
struct DeviceFormScreen: FormScreen {
    let editing: HotspotDevice?
    var form: FormState
    private let today: CalendarDay

    init(editing: HotspotDevice?, context: AppContext) {
        self.editing = editing
        today = context.today
        let draft = editing.map(DeviceDraft.init) ?? DeviceDraft()
        let text = { (field: DeviceField, length: Int) in BudgetFormFields.text(draft, field, maxLength: length, today: context.today) }
        form = FormState(fields: [
            text(.code, 16), text(.model, DeviceDraft.modelMaximum), text(.imei, 20), text(.iccid, 26), text(.phone, 20),
            BudgetFormFields.choice(draft, .acquisition, BudgetFormFields<DeviceDraft>.options(Acquisition.allCases) { $0.label }),
            text(.acquiredOn, 10), text(.donor, DeviceDraft.donorMaximum), text(.notes, DeviceDraft.notesMaximum),
        ])
    }

    var title: Phrase { editing == nil ? AppText.newKeyTitle : AppText.editKeyTitle.filled(editing?.code ?? "") }

    mutating func save(_ context: AppContext) -> Effect {
        switch BudgetFormFields<DeviceDraft>.validated(&form, DeviceField.allCases, today: today, context) {
        case .refused(let notice):
            return .notice(notice)
        case .valid(let device):
            let id = editing?.id
            return .asUser { store, actor, context throws(GuichetError) in
                let saved = id == nil ? try store.addDevice(as: actor, device) : try store.correctDevice(as: actor, id: id!, device)
                return .popWith(Notice(context.text(id == nil ? AppText.deviceAdded : AppText.deviceCorrected, saved.code), kind: .success))
            }
        }
    }

    /// A value another key already has: its field is marked (the message starts with the field's name).
    mutating func commandFailed(_ error: GuichetError, context: AppContext) {
        let text = error.message(.french)
        if let field = [DeviceField.code, .imei, .iccid, .phone].first(where: { text.hasPrefix($0.label.french + " :") }) {
            form.flag(field.key, error)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        BudgetDraw.hints(actions(context), into: &buffer, area: inner, row: 0, rows: 2, context)
        let formArea = Rect(x: inner.x + 1, y: inner.y + 3, width: inner.width - 1, height: min(form.fields.count, max(0, inner.height - 6)))
        let cursor = FormView(form: form, fieldWidth: 44).render(into: &buffer, area: formArea, context: context)
        BudgetDraw.paragraph(context.text(AppText.deviceFormHelp), role: .muted, into: &buffer,
                             area: Rect(x: inner.x, y: inner.y + 4 + form.fields.count, width: inner.width, height: 3), row: 0)
        return cursor
    }
}
