import QomusCore

/// The words of the views: slides, matrix, chains, timeline, stars and notes, quiz, citation.
extension Strings {
  // Titles.
  static let tours = L(uz: "Turlar", en: "Tours")
  static let chain = L(uz: "Taklif zanjiri", en: "Proposal chain")
  static let proposals = L(uz: "Takliflar", en: "Proposals")
  static let timeline = L(uz: "Xronologiya", en: "Timeline")
  static let stars = L(uz: "Yulduzchalar", en: "Starred")
  static let notes = L(uz: "Qaydlar", en: "Notes")
  static let myNote = L(uz: "Mening qaydim", en: "My note")
  static let noteOn = L(uz: "Qayd", en: "Note")
  static let quiz = L(uz: "Test", en: "Quiz")
  static let citation = L(uz: "Iqtibos", en: "Citation")
  static let lecturerNote = L(uz: "Maʼruzachi uchun izoh", en: "Lecturer note")
  static let stop = L(uz: "bekat", en: "stop")
  static let stops = L(uz: "bekat", en: "stops")
  static let noTopic = L(uz: "Mavzusiz", en: "No topic")
  static let starsAndNotes = L(uz: "Yulduzchalar va qaydlar", en: "Stars and notes")

  // Labels.
  static let fixes = L(uz: "Bartaraf etadi", en: "Fixes")
  static let models = L(uz: "namunalar:", en: "models:")
  static let changes = L(uz: "oʻzgartiradi:", en: "would change:")
  static let undated = L(uz: "Sanasi yoʻq", en: "No date")
  static let topic = L(uz: "Mavzu", en: "Topic")
  static let timelineLegend = L(
    uz: "● hujjat  ○ xorijiy tajriba  qizil — almashtirilgan yoki kuchini yoʻqotgan",
    en: "● act  ○ foreign analogue  marked — replaced or repealed")
  static let opens = L(uz: "⏎ ochadi", en: "⏎ opens")
  static let plainStyle = L(uz: "Matn", en: "Plain text")
  static let bibtex = L(uz: "BibTeX", en: "BibTeX")
  static let citationStyle = L(
    uz: "Uslub: docs/citation.md; buyruq qatorida: qomus cite ID",
    en: "Style: docs/citation.md; from the command line: qomus cite ID")

  // Quiz.
  static let planning = L(uz: "Savollar tuzilmoqda…", en: "Preparing the questions…")
  static let right = L(uz: "✓ Toʻgʻri!", en: "✓ Right!")
  static let wrong = L(uz: "✗ Notoʻgʻri.", en: "✗ Wrong.")
  static let theAnswer = L(uz: "Toʻgʻri javob", en: "The answer")
  static let fromCard = L(uz: "Manba karta", en: "From the card")
  static let continueHint = L(uz: "⏎ davom etish", en: "⏎ continue")
  static let revisit = L(uz: "Qayta oʻqing", en: "Revisit")
  static let nothingToRevisit = L(
    uz: "Qayta oʻqish kerak boʻlgan karta yoʻq.", en: "Nothing to revisit.")
  static let missed = L(uz: "xato javob", en: "missed")
  static let due = L(uz: "takrorlash vaqti keldi", en: "due for review")
  static func reviewIn(days: Int) -> L {
    days <= 0
      ? L(uz: "bugun takrorlash", en: "review today")
      : L(uz: "\(days) kundan keyin takrorlash", en: "review in \(days) d")
  }
  static let answersNotSaved = L(
    uz: "Javoblar saqlanmaydi (maʼlumotlar bazasi yoʻq).",
    en: "Answers are not saved (no user store).")

  // Messages.
  static let noCardHere = L(uz: "Bu yerda karta yoʻq", en: "No card here")
  static let noMatrix = L(
    uz: "Bu kontentda qiyosiy jadval yoʻq", en: "This content has no comparison matrix")
  static let noTours = L(uz: "Bu kontentda tur yoʻq", en: "This content has no tours")
  static let noProposals = L(uz: "Takliflar yoʻq", en: "No proposals")
  static let chainNeedsProposal = L(
    uz: "Zanjir taklifdan boshlanadi: takliflar uchun o",
    en: "Chains start at a proposal: o lists them")
  static let chainEmpty = L(
    uz: "Bu taklif hali boshqa kartalarga bogʻlanmagan.",
    en: "This proposal links to no other card yet.")
  static let emptyCell = L(uz: "Bu katak boʻsh", en: "This cell is empty")
  static let cellWithoutCard = L(
    uz: "Bu katakning kartasi yoʻq", en: "This cell has no card of its own")
  static let starred = L(uz: "★ Yulduzcha qoʻyildi", en: "★ Starred")
  static let unstarred = L(uz: "Yulduzcha olib tashlandi", en: "Unstarred")
  static let noteSaved = L(uz: "✎ Qayd saqlandi", en: "✎ Note saved")
  static let noteRemoved = L(uz: "Qayd oʻchirildi", en: "Note removed")
  static let cannotSave = L(
    uz: "Saqlab boʻlmaydi: foydalanuvchi maʼlumotlari faqat oʻqish uchun",
    en: "Cannot save: the user data is read-only")
  static let noStore = L(
    uz: "Saqlab boʻlmaydi: foydalanuvchi maʼlumotlari bazasi yoʻq",
    en: "Cannot save: there is no user store")
  static let noStars = L(
    uz: "Hali yulduzcha yoʻq: kartada s tugmasini bosing.",
    en: "No starred cards yet: press s on a card.")
  static let noNotes = L(
    uz: "Hali qayd yoʻq: kartada e tugmasini bosing.", en: "No notes yet: press e on a card.")
  static let noQuestions = L(
    uz: "Bu kartalardan savol tuzib boʻlmadi", en: "No questions can be made from these cards")
  static let firstSlide = L(uz: "Bu birinchi slayd", en: "This is the first slide")
  static let howToLeave = L(
    uz: "Taqdimotdan faqat q bilan chiqiladi", en: "Only q leaves the presentation")
  static let noLecturerNote = L(uz: "Bu bekatda izoh yoʻq", en: "No lecturer note at this stop")
  static let savePrompt = L(uz: "Oʻzgarishlar saqlansinmi?", en: "Save your changes?")
  static let savePromptKeys = L(
    uz: "y — saqlash · n — saqlamaslik · Esc — tahrirga qaytish",
    en: "y save · n discard · Esc keep editing")
  static let editorKeys = L(
    uz: "Ctrl-S — saqlash · Esc — yopish · boʻsh qayd oʻchiriladi",
    en: "Ctrl-S save · Esc close · an empty note is removed")

  static func notSaved(_ reason: String) -> L {
    L(uz: "Saqlanmadi: \(reason)", en: "Not saved: \(reason)")
  }

  static func schedule(_ review: ReviewSummary) -> L {
    L(
      uz: "Takrorlash: hozir \(review.dueCount) ta, rejada \(review.scheduledCount) ta.",
      en: "Reviews: \(review.dueCount) due now, \(review.scheduledCount) scheduled.")
  }

  static func sorted(_ order: L) -> L {
    L(uz: "Tartib: \(order.uz)", en: "Sorted: \(order.en)")
  }
}
