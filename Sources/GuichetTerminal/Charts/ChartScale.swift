/// Integer scaling of chart values onto a number of steps (eighths of a cell,
/// sparkline levels, cells): money is integer cents, so no `Double` is needed.
enum ChartScale {
    /// `value × steps ÷ maximum` rounded to the nearest step, halves up, with
    /// `value` first clamped to `0...maximum` (negatives draw nothing, values
    /// past the maximum draw full). 0 when `maximum` or `steps` is not positive.
    ///
    /// The rounding is floor(v·s/m + ½) = floor((floor(2·v·s/m) + 1) / 2), the
    /// product taken in full width so that no amount of cents can overflow.
    static func nearest(_ value: Int, of maximum: Int, steps: Int) -> Int {
        guard maximum > 0, steps > 0 else { return 0 }
        let clamped = min(max(0, value), maximum)
        let twice = clamped.multipliedFullWidth(by: 2 * steps)
        return (maximum.dividingFullWidth(twice).quotient + 1) / 2
    }

    /// `value × steps ÷ maximum` rounded down, `value` clamped to `0...maximum`:
    /// the step (cell) that starts at `value` or contains it.
    static func floor(_ value: Int, of maximum: Int, steps: Int) -> Int {
        guard maximum > 0, steps > 0 else { return 0 }
        let clamped = min(max(0, value), maximum)
        return maximum.dividingFullWidth(clamped.multipliedFullWidth(by: steps)).quotient
    }

    /// Columns that `text` takes once drawn (controls are shown as "?").
    static func width(of text: String) -> Int {
        TextWidth.of(DisplayText.sanitized(text))
    }
}
