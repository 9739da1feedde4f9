/// How command results are written: aligned text, CSV, JSON Lines or Markdown.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case csv
    case json
    case markdown
}
