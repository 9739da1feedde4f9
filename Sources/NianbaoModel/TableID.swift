/// The three standard tables of a report.
public enum TableID: String, Sendable, Hashable, CaseIterable {
    /// 表二 主动公开政府信息情况.
    case t2
    /// 表三 收到和处理政府信息公开申请情况.
    case t3
    /// 表四 政府信息公开行政复议、行政诉讼情况.
    case t4

    /// The table's printed title.
    public var title: String {
        switch self {
        case .t2: "主动公开政府信息情况"
        case .t3: "收到和处理政府信息公开申请情况"
        case .t4: "政府信息公开行政复议、行政诉讼情况"
        }
    }

    /// `表二`, `表三`, `表四`.
    public var chineseName: String {
        switch self {
        case .t2: "表二"
        case .t3: "表三"
        case .t4: "表四"
        }
    }

    /// The name users type in the shell (`table2`).
    public var commandName: String {
        switch self {
        case .t2: "table2"
        case .t3: "table3"
        case .t4: "table4"
        }
    }
}
