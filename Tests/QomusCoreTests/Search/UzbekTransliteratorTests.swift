import Testing

@testable import QomusCore

@Suite("Uzbek transliteration")
struct UzbekTransliteratorTests {
  @Test(arguments: [
    ("ўзбекистон", "oʻzbekiston"),
    ("Ўзбекистон", "Oʻzbekiston"),
    ("электрон ҳукумат", "elektron hukumat"),
    ("маълумот", "maʼlumot"),
    ("149-ФЗ", "149-FZ"),
    ("Госуслуги", "Gosuslugi"),
    ("шахс", "shaxs"),
    ("ШАХС", "SHAXS"),
    ("Шахс", "Shaxs"),
    ("чет эл", "chet el"),
    ("ғалаба", "gʻalaba"),
    ("қонун", "qonun"),
    ("ёшлар", "yoshlar"),
    ("юрист", "yurist"),
    ("яхши", "yaxshi"),
    ("пьеса", "pyesa"),
    ("щит", "shchit"),
    ("мы", "mi"),
  ])
  func cyrillicLettersFollowTheTable(_ cyrillic: String, _ latin: String) {
    #expect(UzbekTransliterator.toLatin(cyrillic) == latin)
  }

  @Test func eIsYeAtWordStartAndAfterVowels() {
    #expect(UzbekTransliterator.toLatin("ер") == "yer")
    #expect(UzbekTransliterator.toLatin("бер") == "ber")
    #expect(UzbekTransliterator.toLatin("Европа") == "Yevropa")
    #expect(UzbekTransliterator.toLatin("поезд") == "poyezd")
    #expect(UzbekTransliterator.toLatin("объект") == "obyekt", "the official Latin: obyekt, subyekt")
  }

  @Test func tsDependsOnThePreviousLetter() {
    #expect(UzbekTransliterator.toLatin("цех") == "sex")
    #expect(UzbekTransliterator.toLatin("милиция") == "militsiya")
    #expect(UzbekTransliterator.toLatin("концерт") == "konsert")
  }

  @Test func nonCyrillicTextIsKept() {
    let text = "Oʻzbekiston ISO/IEC 27001, my.gov.uz — “qonun” 中文 🙂"
    #expect(UzbekTransliterator.toLatin(text) == text)
    #expect(UzbekTransliterator.toLatin("") == "")
  }

  @Test func decomposedCyrillicIsComposedFirst() {
    // й written as и + combining breve.
    #expect(UzbekTransliterator.toLatin("и\u{0306}ил") == "yil")
  }

  @Test(arguments: [
    ("Oʻzbekiston", "Ўзбекистон"),
    ("oʻzbekiston", "ўзбекистон"),
    ("o'zbekiston", "ўзбекистон"),
    ("o‘zbekiston", "ўзбекистон"),
    ("toʻgʻrisida", "тўғрисида"),
    ("maʼlumot", "маълумот"),
    ("ma’lumot", "маълумот"),
    ("shaxsga doir", "шахсга доир"),
    ("chet el", "чет эл"),
    ("Shvetsiya", "Швеция"),
    ("elektron hukumat", "электрон ҳукумат"),
    ("yer", "ер"),
    ("Yevropa Ittifoqi", "Европа Иттифоқи"),
    ("dunyo", "дунё"),
    ("Rossiya", "Россия"),
    ("yoshlar", "ёшлар"),
    ("obyekt", "объект"),
    ("integratsiya", "интеграция"),
    ("ketsa", "кетса"),
    ("AQSh", "АҚШ"),
    ("Raqamli Oʻzbekiston – 2030", "Рақамли Ўзбекистон – 2030"),
    ("2015-yil 9-dekabr", "2015-йил 9-декабр"),
  ])
  func latinBecomesCyrillic(_ latin: String, _ cyrillic: String) {
    #expect(UzbekTransliterator.toCyrillic(latin) == cyrillic)
  }

  @Test(arguments: [
    "ISO/IEC 27001", "149-FZ", "210-FZ", "GDPR", "OMB Circular A-130", "my.gov.uz",
    "https://data.gov.uz/",
    "info@gov.uz", "www.gov.kr", "FISMA", "XXI", "X-Road",
  ])
  func codesAbbreviationsAndAddressesAreKept(_ text: String) {
    #expect(UzbekTransliterator.toCyrillic(text) == text)
  }

  @Test func mixedSentenceConvertsOnlyUzbekWords() {
    #expect(
      UzbekTransliterator.toCyrillic("GDPR talablariga mos, my.gov.uz portali (ISO/IEC 27001).")
        == "GDPR талабларига мос, my.gov.uz портали (ISO/IEC 27001).")
  }

  @Test func quotationMarksAreNotLetters() {
    #expect(UzbekTransliterator.toCyrillic("‘qonun’ va “nizom”") == "‘қонун’ ва “низом”")
  }

  @Test func caseIsPreserved() {
    #expect(UzbekTransliterator.toCyrillic("Shaxs Chet Gʻalaba Yoshlar") == "Шахс Чет Ғалаба Ёшлар")
  }

  @Test func roundTripOfOfficialSpelling() {
    let latin = "oʻzbekiston respublikasi davlat xizmatlari maʼlumotlar"
    #expect(UzbekTransliterator.toLatin(UzbekTransliterator.toCyrillic(latin)) == latin)
  }
}
