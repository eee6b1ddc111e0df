import QomusCore

/// The words of the presenter's screen.
extension Strings {
  static let now = L(uz: "Hozir", en: "Now")
  static let next = L(uz: "Keyingisi", en: "Next")
  static let endOfTour = L(uz: "turning oxiri", en: "the end of the tour")
  static let projectorConnected = L(uz: "proyektor ulangan", en: "projector connected")
  static let theEnd = L(uz: "Tur tugadi", en: "The end of the tour")
  static let tourOver = L(uz: "Tur tugadi: q — chiqish, ← — orqaga", en: "The tour is over: q leaves, ← goes back")
  static let slideCount = L(uz: "slayd", en: "slides")
  static func noSuchSlide(_ number: Int, count: Int) -> L {
    L(
      uz: "\(number)-slayd yoʻq: 1–\(count), \(count + 1) — yakun",
      en: "There is no slide \(number): 1–\(count), and \(count + 1) is the end")
  }
  static let waitingForProjector = L(uz: "proyektor kutilmoqda", en: "waiting for the projector")
}
