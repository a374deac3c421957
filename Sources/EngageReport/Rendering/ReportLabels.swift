/// Headings and fixed words of the report, in English and Korean.
enum ReportLabels {
    static func all(_ language: String) -> [String: String] {
        language == "ko" ? ko : en
    }

    static let en: [String: String] = [
        "title": "Engagement closeout report",
        "engagement": "The engagement", "team": "Team", "service": "Service", "services": "Services in scope",
        "sre": "Embedded SRE", "dates": "Dates", "stage": "Stage", "scope": "Scope", "goals": "Goals",
        "scores": "Where the team started and where it ends", "area": "Area", "baseline": "Baseline", "exit": "Exit",
        "delta": "Change", "level": "Level", "chartPrinciples": "Principles: baseline and exit", "chartTrend": "Score trend",
        "overall": "Overall", "boundary": "checklist changed here: delta compared on shared questions",
        "stressors": "Stressors found", "status": "Status", "severity": "Severity", "evidence": "Evidence",
        "recommendation": "Recommendation", "observed": "Observed", "noStressors": "The detector found no stressors.",
        "decisions": "Decisions and changes driven", "date": "Date", "phase": "Phase", "decision": "Decision", "why": "Reasoning",
        "noDecisions": "No decisions were logged.",
        "slos": "SLOs written", "objective": "Objective", "window": "Window", "sli": "SLI", "file": "Spec file", "noSLOs": "No SLOs were recorded.",
        "fires": "Fires sorted into toil and not-toil", "toil": "Toil", "notToil": "Not toil", "noFires": "No fires were sorted.",
        "remaining": "What remains", "nextSteps": "Recommended next steps", "followUp": "First follow-up assessment",
        "appendix": "Appendix: answers of the exit round", "question": "Question", "answer": "Answer", "score": "Score", "note": "Note",
        "cleared": "cleared", "still-open": "still open", "new": "new",
        "respondents": "respondents", "round": "round",
        "regressions": "Regressions at the follow-up assessment", "noRegressions": "No regression against the exit round.",
        "before": "At exit", "after": "At follow-up", "what": "What", "sorted": "Sorted as", "coverage": "Answered", "snapshots": "snapshots: {n}", "boundaries": "methodology boundaries: {n}", "boundaryShort": "checklist changed", "notApplicable": "N/A", "fire": "Fire", "notScheduled": "not scheduled (the engagement is still open)",
    ]

    static let ko: [String: String] = [
        "title": "실행 완료 보고서",
        "engagement": "지원 개요", "team": "팀", "service": "서비스", "services": "범위 내 서비스",
        "sre": "지원 SRE", "dates": "기간", "stage": "단계", "scope": "범위", "goals": "목표",
        "scores": "시작과 끝: 점수 비교", "area": "영역", "baseline": "기준선", "exit": "종료",
        "delta": "변화", "level": "수준", "chartPrinciples": "원칙별 기준선과 종료", "chartTrend": "점수 추이",
        "overall": "전체", "boundary": "체크리스트 변경 지점: 공통 질문으로 비교",
        "stressors": "발견된 스트레스 요인", "status": "상태", "severity": "심각도", "evidence": "근거",
        "recommendation": "권고", "observed": "관측값", "noStressors": "탐지된 스트레스 요인이 없습니다.",
        "decisions": "주도한 결정과 변화", "date": "날짜", "phase": "단계", "decision": "결정", "why": "이유",
        "noDecisions": "기록된 결정이 없습니다.",
        "slos": "작성한 SLO", "objective": "목표", "window": "기간", "sli": "SLI", "file": "명세 파일", "noSLOs": "기록된 SLO가 없습니다.",
        "fires": "긴급 상황 구분 (삽질과 삽질이 아닌 것)", "toil": "삽질", "notToil": "삽질 아님", "noFires": "구분한 긴급 상황이 없습니다.",
        "remaining": "남은 일", "nextSteps": "권장 다음 단계", "followUp": "첫 후속 평가",
        "appendix": "부록: 종료 라운드의 응답", "question": "질문", "answer": "응답", "score": "점수", "note": "메모",
        "cleared": "해소됨", "still-open": "남아 있음", "new": "새로 발견",
        "respondents": "응답자", "round": "라운드",
        "regressions": "후속 평가에서 드러난 퇴보", "noRegressions": "종료 라운드 대비 퇴보가 없습니다.",
        "before": "종료 시", "after": "후속 평가", "what": "대상", "sorted": "구분", "coverage": "응답률", "snapshots": "스냅샷 {n}개", "boundaries": "체크리스트 변경 지점 {n}개", "boundaryShort": "체크리스트 변경", "notApplicable": "해당 없음", "fire": "긴급 상황", "notScheduled": "미정 (지원이 아직 진행 중)",
    ]
}
