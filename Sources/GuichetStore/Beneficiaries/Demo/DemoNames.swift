/// Names of the demo data: the people a Paris reception point meets — French
/// names with accents, particles and compound forms, and names from North and
/// West Africa, Vietnam, Eastern and Northern Europe, Turkey, the Balkans,
/// Portugal and Spain, with the letters the search must fold (ø ł ı đ œ æ ß ü…).
enum DemoNames {
    static let lastNames = [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Müller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
        "Le Gall", "Le Goff", "Le Guennec", "de La Fontaine", "Saint-Just", "Dupont-Müller", "Lemaître", "Bénard",
        "Hébert", "Féret", "Cœur", "Œillet", "Lévêque", "Béranger", "Châtelain", "D’Angelo", "Da Silva",
        "N'Diaye", "N’Diaye", "Diallo", "Traoré", "Koné", "Camara", "Diop", "Sow", "Ba", "Cissé", "Keïta",
        "Touré", "Kouassi", "Mensah", "Okafor", "Kamara", "Sy", "Bâ", "Fofana", "Sissoko", "Konaté",
        "Benali", "Haddad", "Bouzid", "Ben Ahmed", "Mansouri", "Belkacem", "Benhamou", "Aït Ali", "El Amrani", "Chérif",
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
        "Østergård", "Sørensen", "Kowalski", "Wiśniewski", "Łukaszewicz", "Nowak", "Wójcik",
        "Yılmaz", "Öztürk", "Şahin", "Çelik", "Kılıç", "Đorđević", "Petrović", "Popescu", "Ionescu",
        "Schröder", "Strauß", "Weiß", "Ferreira", "Gonçalves", "Rodríguez", "Sánchez", "Muñoz", "Ivanova", "Kuznetsov",
        "Læstadius", "Þórsson",
    ]

    static let firstNames = [
        "Hélène", "Jean-Pierre", "Marie", "Jean", "Pierre", "Michel", "Françoise", "Nathalie", "Isabelle", "Sylvie",
        "Philippe", "Alain", "Éric", "Stéphane", "Céline", "Aurélie", "Jérôme", "Frédéric", "Anaïs", "Chloé",
        "Léa", "Zoé", "Noémie", "Gaëlle", "Maëlle", "Joël", "Loïc", "Anne-Sophie", "Marie-Claire", "Jean-Baptiste",
        "François-Xavier", "Lætitia", "Bérénice", "Thérèse", "Geneviève", "André", "René", "Inès", "Clémence", "Mathéo",
        "Mamadou", "Aïssatou", "Fatoumata", "Moussa", "Ibrahima", "Awa", "Oumar", "Mariama", "Seydou", "Kadiatou",
        "Mohamed", "Fatima", "Karim", "Yasmine", "Nadia", "Rachid", "Samir", "Leïla", "Khadija", "Saïd",
        "Văn Minh", "Thị Lan", "Hùng", "Thảo", "Đức",
        "Øyvind", "Søren", "Łukasz", "Małgorzata", "Agnieszka", "Paweł",
        "Ayşe", "Mehmet", "Gülşen", "Işıl", "Đorđe", "Ana", "Ioana",
        "João", "Conceição", "José", "María José", "Jürgen", "Björn", "Ólafur", "Siobhán", "Zoltán", "Dmitri",
    ]

    static let structures: [(String, String)] = [
        ("ccas", "CCAS de Paris 19e"), ("ccas", "CCAS de Saint-Denis"), ("ccas", "CCAS d’Antony"),
        ("siao", "SIAO 75"), ("siao", "SIAO 93"),
        ("france_travail", "France Travail Belleville"), ("france_travail", "France Travail Pantin"),
        ("association", "Emmaüs Solidarité"), ("association", "Secours populaire"), ("association", "Aurore"),
        ("departmental_social_service", "Espace départemental des solidarités"), ("mission_locale", "Mission locale de Paris"),
        ("shelter", "CHRS Les Mûriers"), ("shelter", "Centre d’hébergement Crimée"),
    ]

    static let socialWorkers = [
        "Mme Lefèvre", "M. Benali", "Mme Nguyễn", "Mme Durand", "M. Traoré", "Mme Le Gall", "M. Kowalski", "Mme Fontaine",
    ]

    static let volunteers = ["Amélie", "Bruno", "Claire", "Djibril", "Élodie"]

    static let notes = [
        "", "", "", "", "", "Sans téléphone depuis trois mois.", "Forfait résilié, impayé de 45 €.",
        "Cherche un forfait social.", "A besoin du RIO pour changer d’opérateur.", "Téléphone volé, carte SIM à refaire.",
        "Préfère être appelé le matin.",
    ]

    static let mailDomains = ["laposte.net", "gmail.com", "orange.fr", "free.fr", "yahoo.fr"]
}
