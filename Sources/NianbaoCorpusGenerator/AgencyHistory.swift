/// What one agency carries from one year's report to the next, so that a generated series is consistent
/// across years: applications carried forward become next year's carried in, documents in force accumulate.
struct AgencyHistory {
    /// 结转下年度继续办理 per applicant column (natural … org_other), last year.
    var carriedForward = [Int](repeating: 0, count: 6)
    /// 现行有效件数 of regulations and normative documents, last year.
    var inForce = [0, 0]
    /// How busy the agency is: scales every count.
    var scale: Int
}
