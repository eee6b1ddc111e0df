/// What the content snapshot was on one start.
public enum SnapshotStatus: Sendable, Equatable {
  /// Every file matched its row: no card file was read.
  case unchanged
  /// Some files were read again, added or removed.
  case updated
  /// There was no usable snapshot: none yet (nil), or one that was rejected and replaced.
  case rebuilt(SnapshotRejection?)
  /// No cache directory was given, or none could be written: every file was read.
  case unused
}
