/// The national template a table was printed in.
public enum TemplateVersion: String, Sendable, Hashable, CaseIterable, Comparable {
    /// 国办公开办函〔2019〕60号, used for 2019 and 2020 reports (and some later ones).
    case v2019
    /// 国办公开办函〔2021〕30号, used from the 2021 reports on.
    case v2021

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
