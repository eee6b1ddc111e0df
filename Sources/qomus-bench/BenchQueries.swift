/// The fixed query mix: Latin, Cyrillic, prefix (typed), phrase, filter, English, identifier, typo, question and
/// long (pasted) queries.
struct BenchQuery: Sendable {
  var category: String
  var text: String
  /// Searched as typed: the last word is a prefix.
  var typing = false

  /// `category: text`, with `…` after a typed query.
  var label: String { "\(category): \(text)" + (typing ? "…" : "") }

  static let mix: [BenchQuery] = [
    .init(category: "latin", text: "elektron hukumat"),
    .init(category: "latin", text: "shaxsga doir maʼlumotlar"),
    .init(category: "latin", text: "oʻzbekiston qonunlari"),
    .init(category: "latin", text: "ozbekiston malumotlar almashinuvi"),
    .init(category: "cyrillic", text: "электрон ҳукумат"),
    .init(category: "cyrillic", text: "маълумотлар ҳимояси"),
    .init(category: "prefix", text: "axborotlasht", typing: true),
    .init(category: "prefix", text: "davlat xizm", typing: true),
    .init(category: "prefix", text: "Gosusl", typing: true),
    .init(category: "phrase", text: "\"elektron raqamli imzo\""),
    .init(category: "phrase", text: "\"open data\""),
    .init(category: "filter", text: "kind:proposal elektron"),
    .init(category: "filter", text: "jur:RU qonun"),
    .init(category: "filter", text: "year:2002 act"),
    .init(category: "english", text: "personal data protection"),
    .init(category: "english", text: "electronic government services"),
    .init(category: "english", text: "information security law"),
    .init(category: "identifier", text: "149-FZ"),
    .init(category: "identifier", text: "ISO/IEC 27001"),
    .init(category: "typo", text: "Gosusulgi"),
    .init(category: "question", text: "what does Estonia use to connect state databases"),
    .init(category: "question", text: "shaxsiy maʼlumotlarni oʻchirish huquqi bormi"),
    .init(category: "question", text: "is there a law on open data in Uzbekistan"),
    .init(
      category: "long",
      text: """
        citizens travelling abroad cannot use the domestic mobile network so registration on my.gov.uz tied to a \
        phone number is impossible for them
        """),
    .init(
      category: "long",
      text: """
        Estoniya elektron hukumat sohasida katta yutuqlarga erishgan davlat sifatida keng tanilgan. Bu tizimning
        texnik tayanchi — 2001-yilda ishga tushirilgan “X-Road” integratsiya platformasi.
        """),
  ]
}
