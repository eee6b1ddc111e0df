/// Question words and function words of Uzbek, English and Russian: the words of a question that say what kind of
/// answer is wanted, not what it is about (`qanday`, `qaysi`, `bormi`, `what`, `is there`, `как`, `какой` …).
///
/// In a query that has other words they weigh nothing in matching and ranking (a card need not contain `what` or
/// `haqida` to answer `what … about …`) and only a little in the title check (`TitleMatch`). A query made only of
/// them searches them as ordinary words. Words are compared folded (`TextFolding.fold`), so Russian is listed in
/// Cyrillic and matched in its Latin folding (`как` → `kak`), and Uzbek in any apostrophe form. The Uzbek question
/// particle `-mi` counts too: `bormi`, `kerakmi` and `emasmi` are function words, and in `qonunmi` the particle is
/// dropped (`qonun`), see `withoutQuestionParticle`.
enum FunctionWords {
  /// Uzbek: question words, pronouns, conjunctions, postpositions, particles, auxiliaries, and `gi` (the suffix
  /// left after a closing quote, `“…toʻgʻrisida”gi`).
  static let uzbek = [
    "qanday", "qanaqa", "qaysi", "kim", "kimlar", "kimning", "nima", "nimalar", "nimaga", "nega",
    "nechta", "necha", "qancha", "qachon", "qayer", "qayerda", "qayerdan", "qayerga", "qani", "mi", "bormi",
    "yoʻqmi", "kerakmi", "mumkinmi", "emasmi", "boʻladimi", "bor", "yoʻq", "kerak", "mumkin", "emas", "edi", "ekan",
    "va", "yoki", "ham", "hamda", "esa", "lekin", "ammo", "biroq", "chunki", "agar", "bilan", "uchun", "haqida",
    "toʻgʻrisida", "toʻgʻrisidagi", "haqidagi", "boʻyicha", "kabi", "orqali", "sari", "qadar", "doir", "oid", "bu",
    "shu", "ushbu", "u", "ular",
    "bir", "har", "men", "biz", "siz", "sen", "uning", "ularning", "menga", "bizga", "qilib", "boʻlib", "gi",
  ]

  /// English: question words, articles, auxiliaries, pronouns, prepositions and conjunctions.
  static let english = [
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether", "is", "are", "was", "were",
    "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "can", "could", "shall",
    "should", "will", "would", "may", "might", "must", "there", "here", "a", "an", "the", "this", "that", "these",
    "those", "it", "its", "i", "me", "my", "we", "our", "us", "you", "your", "they", "their", "them", "he", "she",
    "his", "her", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "onto", "as", "and",
    "or", "but", "if", "so", "than", "then", "any", "some", "tell", "say", "says", "said", "please", "get",
  ]

  /// Russian: question words, prepositions, conjunctions and particles.
  static let russian = [
    "как", "какой", "какая", "какое", "какие", "каких", "каком", "что", "чем", "чего", "кто", "кого", "где",
    "когда", "почему", "зачем", "сколько", "ли", "есть", "и", "в", "во", "на", "о", "об", "по", "с", "со", "к",
    "для", "от", "из", "у", "это", "этот", "эта", "а", "но", "или", "же", "бы", "за", "при", "про",
  ]

  /// Every listed word, folded.
  static let folded: Set<String> = Set((uzbek + english + russian).map(TextFolding.fold))

  /// Whether the folded word `surface` is a function word: listed, or a listed word with the particle `-mi`.
  static func contains(_ surface: String) -> Bool {
    if folded.contains(surface) { return true }
    if let base = withoutQuestionParticle(surface) { return folded.contains(base) }
    return false
  }

  /// The folded word `surface` without the Uzbek question particle `-mi` (`qonunmi` → `qonun`), when what is left
  /// has at least three letters; nil otherwise. The particle reads the same as a possessive after `m`
  /// (`tizimi` = `tizim` + `-i`), so the word without it is searched as another form, never instead.
  static func withoutQuestionParticle(_ surface: String) -> String? {
    guard surface.hasSuffix("mi"), surface.utf8.count >= 5 else { return nil }
    return String(surface.dropLast(2))
  }
}
