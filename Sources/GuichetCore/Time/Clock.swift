import Foundation

/// Where "now" comes from; tests use a fixed clock.
public protocol Clock: Sendable {
    func now() -> Date
}

public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that only moves when told to.
public final class FixedClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    public init(_ date: Date) { current = date }
    public func now() -> Date { lock.withLock { current } }
    public func advance(seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}
