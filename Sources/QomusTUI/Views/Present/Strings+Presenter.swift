import QomusCore

/// The words of the presenter's screen.
extension Strings {
  static let now = L(uz: "Hozir", en: "Now")
  static let next = L(uz: "Keyingisi", en: "Next")
  static let endOfTour = L(uz: "turning oxiri", en: "the end of the tour")
  static let projectorConnected = L(uz: "proyektor ulangan", en: "projector connected")
  static let waitingForProjector = L(uz: "proyektor kutilmoqda", en: "waiting for the projector")
}
