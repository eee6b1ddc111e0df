/// The relevance suite's queries: how students, lecturers and policymakers type, each with the cards (ids from
/// `../shared/spec/entities.tsv`) that must come out in the top 3.
struct RelevanceCase: Sendable, CustomStringConvertible {
  enum Category: String, CaseIterable, Sendable {
    case latin = "Latin Uzbek"
    case cyrillic = "Cyrillic Uzbek"
    case apostrophes = "apostrophe forms"
    case noApostrophe = "no apostrophe"
    case inflected = "inflected"
    case english = "English"
    case identifiers = "identifiers"
    case typos = "typos"
    case typing = "as you type"
    case englishQuestions = "English questions"
    case uzbekQuestions = "Uzbek questions"
    case partial = "partial matches"
    case long = "long queries"
    case pasted = "pasted text"
    case titles = "exact titles"
  }

  var query: String
  var expected: [String]
  var category: Category

  var description: String { "\(category.rawValue): \(query)" }

  /// Every case: keyword queries, then questions and the rest (`RelevanceCase.questions`).
  static let all: [RelevanceCase] = keywords + questions

  static let keywords: [RelevanceCase] = [
    // Latin Uzbek, official letters (ʻ U+02BB, ʼ U+02BC).
    .init(
      query: "elektron hukumat toʻgʻrisidagi qonun", expected: ["act-uz-egov-law"], category: .latin
    ),
    .init(
      query: "axborotlashtirish toʻgʻrisidagi qonun", expected: ["act-uz-informatization-law"],
      category: .latin),
    // The act says "Oʻzbekiston" only in its issuer, which is indexed with the body.
    .init(query: "oʻzbekiston kiberxavfsizlik", expected: ["act-uz-cybersecurity-law"], category: .latin),
    .init(
      query: "Raqamli Oʻzbekiston 2030 strategiyasi", expected: ["act-uz-digital-uzbekistan-2030"],
      category: .latin),
    .init(
      query: "axborot tizimlarini integratsiyalash nizomi",
      expected: ["act-uz-is-integration-regulation"],
      category: .latin),
    .init(
      query: "yagona interaktiv davlat xizmatlari portali toʻgʻrisidagi nizom",
      expected: ["act-uz-portal-regulation"],
      category: .latin),
    .init(
      query: "shaxsga doir maʼlumotlar toʻgʻrisidagi qonun", expected: ["act-uz-personal-data-law"],
      category: .latin),
    .init(
      query: "axborot erkinligi kafolatlari", expected: ["act-uz-freedom-of-information-law"],
      category: .latin),
    .init(
      query: "maʼlumotlarni himoya qilish inspeksiyasi",
      expected: ["ana-ee-data-protection-inspectorate"],
      category: .latin),
    .init(
      query: "Janubiy Koreya elektron hukumat qonuni", expected: ["ana-kr-egov-act"],
      category: .latin),
    .init(
      query: "Koreya raqamli imzo qonuni", expected: ["ana-kr-digital-signature-act"],
      category: .latin),
    .init(
      query: "FSB va Roskomnadzor nazorati", expected: ["ana-ru-security-oversight"],
      category: .latin),
    .init(
      query: "Rossiya ochiq davlat maʼlumotlari qoidalari", expected: ["ana-ru-open-data"],
      category: .latin),
    .init(
      query: "huquqiy tarqoqlik va meʼyorlarning takrorlanishi", expected: ["def-fragmentation"],
      category: .latin),
    .init(
      query: "elektron xizmatlar sifati ustidan nazorat", expected: ["def-weak-quality-oversight"],
      category: .latin),
    .init(
      query: "raqamli identifikatsiya huquqiy maqomi", expected: ["def-digital-id-status"],
      category: .latin),
    .init(query: "Elektron hukumat kodeksi", expected: ["prop-egov-code"], category: .latin),
    .init(
      query: "GDPR talablariga moslashtirish", expected: ["prop-gdpr-alignment"], category: .latin),
    .init(
      query: "telefon raqamisiz identifikatsiya", expected: ["prop-remote-eid"], category: .latin),
    .init(query: "yagona identifikatsiya tizimi", expected: ["plat-uz-id-gov"], category: .latin),
    .init(query: "ochiq maʼlumotlar portali", expected: ["plat-uz-data-gov"], category: .latin),
    .init(query: "Yevropa Ittifoqi umumiy reglamenti", expected: ["ana-eu-gdpr"], category: .latin),
    // Cyrillic Uzbek.
    .init(
      query: "электрон ҳукумат тўғрисидаги қонун", expected: ["act-uz-egov-law"],
      category: .cyrillic),
    .init(
      query: "шахсга доир маълумотлар тўғрисидаги қонун", expected: ["act-uz-personal-data-law"],
      category: .cyrillic),
    .init(
      query: "ахборот хавфсизлиги тўғрисида мустақил қонун", expected: ["prop-infosec-law"],
      category: .cyrillic),
    .init(
      query: "Рақамли Ўзбекистон 2030", expected: ["act-uz-digital-uzbekistan-2030"],
      category: .cyrillic),
    .init(query: "очиқ маълумотлар портали", expected: ["plat-uz-data-gov"], category: .cyrillic),
    .init(query: "Госуслуги", expected: ["ana-ru-gosuslugi"], category: .cyrillic),
    .init(
      query: "ваколатларнинг такрорланиши", expected: ["def-overlapping-mandates"],
      category: .cyrillic),
    .init(
      query: "электрон рақамли имзо тўғрисида", expected: ["act-uz-eds-law"], category: .cyrillic),
    .init(query: "ЭСТОНИЯ ИНТЕГРАЦИЯ ПЛАТФОРМАСИ", expected: ["ana-ee-xroad"], category: .cyrillic),
    // Every apostrophe form people type.
    .init(
      query: "O'zbekiston elektron hukumat to'g'risida", expected: ["act-uz-egov-law"],
      category: .apostrophes),
    .init(
      query: "shaxsga doir ma’lumotlar to‘g‘risida", expected: ["act-uz-personal-data-law"],
      category: .apostrophes),
    .init(
      query: "ma`lumotlar xavfsizligi tartibga solinmagan", expected: ["def-data-security-gaps"],
      category: .apostrophes
    ),
    .init(
      query: "roʼyxatdan oʼta olmasligi", expected: ["def-diaspora-access"], category: .apostrophes),
    .init(
      query: "ma´lumotlarni himoya qilish inspeksiyasi",
      expected: ["ana-ee-data-protection-inspectorate"],
      category: .apostrophes),
    .init(
      query: "Ochiq ma’lumotlar qonunchiligi", expected: ["def-open-data-gap"],
      category: .apostrophes),
    .init(
      query: "raqamli imzo to‘g‘risida Koreya", expected: ["ana-kr-digital-signature-act"],
      category: .apostrophes),
    // No apostrophe at all, as typed on phones.
    .init(
      query: "ozbekiston elektron hukumat togrisida qonun", expected: ["act-uz-egov-law"],
      category: .noApostrophe),
    .init(
      query: "shaxsga doir malumotlar himoyasining zaifligi", expected: ["def-weak-personal-data"],
      category: .noApostrophe),
    .init(
      query: "royxatdan otish my.gov.uz chet el", expected: ["def-diaspora-access"],
      category: .noApostrophe),
    .init(
      query: "axborot xavfsizligi togrisida mustaqil qonun", expected: ["prop-infosec-law"],
      category: .noApostrophe),
    .init(query: "malumot almashish qatlami", expected: ["ana-ee-xroad"], category: .noApostrophe),
    .init(
      query: "Raqamli Ozbekiston 2030", expected: ["act-uz-digital-uzbekistan-2030"],
      category: .noApostrophe),
    // Inflected forms.
    .init(
      query: "davlat xizmatlarini elektron shaklda koʻrsatishni majburiy qilish",
      expected: ["prop-mandatory-eservices"], category: .inflected),
    .init(
      query: "vakolatlarining takrorlanishi", expected: ["def-overlapping-mandates"],
      category: .inflected),
    .init(query: "qonunlarning tarqoqligi", expected: ["def-fragmentation"], category: .inflected),
    .init(
      query: "Estoniyaning integratsiya platformasi", expected: ["ana-ee-xroad"],
      category: .inflected),
    .init(
      query: "identifikatsiya tizimining maqomi", expected: ["def-digital-id-status"],
      category: .inflected),
    .init(
      query: "elektron xizmatlarning majburiyligi", expected: ["def-eservices-not-mandatory"],
      category: .inflected),
    .init(
      query: "axborot xavfsizligining ikki darajali nazorati",
      expected: ["ana-ru-security-oversight"],
      category: .inflected),
    // English.
    .init(query: "law on electronic government", expected: ["act-uz-egov-law"], category: .english),
    .init(
      query: "electronic digital signature law 2003", expected: ["act-uz-eds-law"],
      category: .english),
    .init(query: "personal data law", expected: ["act-uz-personal-data-law"], category: .english),
    .init(
      query: "freedom of information", expected: ["act-uz-freedom-of-information-law"],
      category: .english),
    .init(
      query: "data protection inspectorate", expected: ["ana-ee-data-protection-inspectorate"],
      category: .english),
    .init(
      query: "General Data Protection Regulation", expected: ["ana-eu-gdpr"], category: .english),
    .init(query: "Office of Management and Budget", expected: ["ana-us-omb"], category: .english),
    .init(
      query: "Federal Information Security Management Act", expected: ["ana-us-fisma"],
      category: .english),
    .init(
      query: "information society development strategy", expected: ["ana-ru-decree-203"],
      category: .english),
    .init(
      query: "two-level oversight of information security", expected: ["ana-ru-security-oversight"],
      category: .english),
    .init(
      query: "legal fragmentation and duplicated norms", expected: ["def-fragmentation"],
      category: .english),
    .init(
      query: "citizens abroad cannot register", expected: ["def-diaspora-access"],
      category: .english),
    .init(query: "electronic government code", expected: ["prop-egov-code"], category: .english),
    .init(
      query: "make electronic services mandatory", expected: ["prop-mandatory-eservices"],
      category: .english),
    .init(query: "open data portal", expected: ["plat-uz-data-gov"], category: .english),
    .init(query: "single identification system", expected: ["plat-uz-id-gov"], category: .english),
    .init(query: "biometric passport selfie", expected: ["ana-se-freja-eid"], category: .english),
    .init(
      query: "weak oversight of e-service quality", expected: ["def-weak-quality-oversight"],
      category: .english),
    .init(
      query: "paper documents entered repeatedly", expected: ["def-practical-consequences"],
      category: .english),
    .init(
      query: "South Korea public data act", expected: ["ana-kr-open-data-law"], category: .english),
    .init(query: "the source article", expected: ["src-article"], category: .english),
    .init(
      query: "information security law Uzbekistan", expected: ["def-no-infosec-law", "prop-infosec-law"],
      category: .english),
    // Identifiers, whole and in parts, in either script.
    .init(query: "149-FZ", expected: ["ana-ru-149-fz"], category: .identifiers),
    .init(query: "210-FZ", expected: ["ana-ru-210-fz"], category: .identifiers),
    .init(query: "149-ФЗ", expected: ["ana-ru-149-fz"], category: .identifiers),
    .init(query: "ISO/IEC 27001", expected: ["ana-iso-27001"], category: .identifiers),
    .init(query: "27001", expected: ["ana-iso-27001"], category: .identifiers),
    .init(query: "A-130", expected: ["ana-us-omb-a130"], category: .identifiers),
    .init(query: "107-347", expected: ["ana-us-egov-act"], category: .identifiers),
    .init(query: "X-Road", expected: ["ana-ee-xroad"], category: .identifiers),
    .init(query: "my.gov.uz", expected: ["plat-uz-my-gov"], category: .identifiers),
    .init(query: "data.gov.uz", expected: ["plat-uz-data-gov"], category: .identifiers),
    .init(query: "id.gov.uz", expected: ["plat-uz-id-gov"], category: .identifiers),
    .init(query: "FISMA", expected: ["ana-us-fisma"], category: .identifiers),
    .init(query: "GDPR", expected: ["ana-eu-gdpr"], category: .identifiers),
    .init(query: "Freja eID", expected: ["ana-se-freja-eid"], category: .identifiers),
    .init(query: "203-sonli Farmon", expected: ["ana-ru-decree-203"], category: .identifiers),
    // Typos (one edit in a word of five letters or more).
    .init(query: "elektorn hukumat kodeksi", expected: ["prop-egov-code"], category: .typos),
    .init(query: "Gosusulgi", expected: ["ana-ru-gosuslugi"], category: .typos),
    .init(query: "informatizaton law", expected: ["act-uz-informatization-law"], category: .typos),
    .init(query: "Roskomnadozr", expected: ["ana-ru-security-oversight"], category: .typos),
    .init(
      query: "inspektsiyasi Estoniya", expected: ["ana-ee-data-protection-inspectorate"],
      category: .typos),
    .init(query: "identifikatsya tizimi id.gov.uz", expected: ["plat-uz-id-gov"], category: .typos),
    // As you type: the last word is a prefix.
    .init(query: "axborotlashtir", expected: ["act-uz-informatization-law"], category: .typing),
    .init(query: "Gosusl", expected: ["ana-ru-gosuslugi"], category: .typing),
    .init(query: "biometrik pasp", expected: ["ana-se-freja-eid"], category: .typing),
    .init(query: "Elektron hukumat kode", expected: ["prop-egov-code"], category: .typing),
  ]
}
