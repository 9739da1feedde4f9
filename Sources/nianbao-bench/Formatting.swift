import Foundation

/// A number with a fixed count of decimals.
func format(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}
