import GuichetCore
import GuichetStore
import GuichetTerminal

/// Administration's catalogs, one entry per area that has one: the recharge
/// cards (Recharges), the telecom offers (Budget télécom), the fleet of 3G keys and
/// the plan's step templates (Budget télécom). Each opens by its number, or the
/// arrows and Enter.
struct CatalogsScreen: Screen {
    enum Catalog: Int, CaseIterable, Sendable {
        case products = 1
        case offers
        case devices
        case stepTemplates

        var label: Phrase {
            switch self {
            case .products: return AppText.catalogProducts
            case .offers: return AppText.catalogOffers
            case .devices: return AppText.catalogDevices
            case .stepTemplates: return AppText.catalogStepTemplates
            }
        }

        var screen: any Screen {
            switch self {
            case .products: return ProductListScreen()
            case .offers: return OfferCatalogScreen()
            case .devices: return DeviceListScreen()
            case .stepTemplates: return StepTemplateCatalogScreen()
            }
        }
    }

    enum Action: Hashable, Sendable {
        case open
        case catalog(Catalog)
        case back
    }

    private var menu = ListState()

    var title: Phrase { AppText.catalogsTitle }

    func actions(_ context: AppContext) -> [ScreenAction<Action>] {
        [ScreenAction(.open, function: 4, control: "o", keys: [.enter], label: AppText.actionOpen, help: AppText.actionOpenCatalogHelp,
                      hint: AppText.hintOpen)]
            + Catalog.allCases.map { catalog in
                ScreenAction(.catalog(catalog), keys: [.character(Character(String(catalog.rawValue)))],
                             label: catalog.label, help: AppText.actionOpenCatalogHelp)
            }
            + [.back(.back)]
    }

    mutating func perform(_ action: Action, context: AppContext) -> Effect {
        switch action {
        case .open: return .push(Catalog.allCases[menu.selected].screen)
        case .catalog(let catalog): return .push(catalog.screen)
        case .back: return .pop
        }
    }

    mutating func handle(_ key: Key, context: AppContext) -> Effect {
        _ = menu.handle(key, itemCount: Catalog.allCases.count, pageSize: Catalog.allCases.count)
        return .none
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) -> Position? {
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        TextLine(KeyHints.line(actions(context), context.language), role: .muted).render(into: &buffer, area: inner.row(0))
        let items = Catalog.allCases.map { ListItem("\($0.rawValue)  " + context.text($0.label)) }
        ListView(items: items, state: menu)
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: items.count), glyphs: context.glyphs)
        return nil
    }
}
