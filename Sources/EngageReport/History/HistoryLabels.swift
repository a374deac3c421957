/// Column headings and footnotes of the history table, in English and Korean.
enum HistoryLabels {
    static func all(_ language: String) -> [String: String] {
        language == "ko" ? ko : en
    }

    static let en: [String: String] = [
        "snapshot": "snapshot", "date": "date", "round": "round", "respondent": "respondent", "overall": "overall",
        "trend": "trend", "empty": "no assessments yet", "followUp": "follow-up", "regression": "regression",
        "boundary": "methodology boundary: a checklist changed; the delta is computed on the questions both snapshots share.",
        "shared": "{n} shared questions",
        "noRegression": "Follow-up: no regression against the exit snapshot",
        "regressions": "Follow-up: regressions against the exit snapshot",
    ]

    static let ko: [String: String] = [
        "snapshot": "스냅샷", "date": "날짜", "round": "라운드", "respondent": "응답자", "overall": "전체",
        "trend": "추이", "empty": "평가가 아직 없습니다", "followUp": "후속", "regression": "퇴보",
        "boundary": "체크리스트 변경 지점: 변화량은 두 스냅샷이 공유하는 질문으로만 계산했습니다.",
        "shared": "공통 질문 {n}개",
        "noRegression": "후속 평가: 종료 스냅샷 대비 퇴보 없음",
        "regressions": "후속 평가: 종료 스냅샷 대비 퇴보",
    ]
}
