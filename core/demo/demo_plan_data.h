// Tables behind the demo plan (core/demo_plan.cpp turns them into a plan). Kept as plain rows so
// the Dutch content can be read and edited without reading any logic.
#pragma once
#include <span>
#include <string_view>

#include "core/store/model.h"

namespace hd::demo {

struct PhaseRow {
    std::string_view key; // one of kStandardPhaseKeys
    std::string_view title;
    std::string_view start_date;
    std::string_view end_date;
    PhaseStatus status;
};

struct QuestionRow {
    std::string_view text; // empty = no question in this slot
    int budget_minutes = 0;
};

struct ThemeRow {
    std::string_view title;
    std::string_view problem_statement;
    std::string_view context;
    QuestionRow questions[4];
};

struct ParticipantRow {
    std::string_view key; // used by hearing and note rows below, never stored
    std::string_view name; // empty: known only by organisation and discipline
    std::string_view organisation;
    std::string_view discipline; // a key of kKnownDisciplines
    bool consent_named;
};

// One contribution as it was said, and how each reporter wrote it down.
//   a / b: the reporter's note; nullptr = that reporter missed it (or folded it into the
//          previous note); kSameAsA = B wrote A's note in B's own shorthand.
//   b_who: set when B attributed the contribution to someone else than A did.
struct ContributionRow {
    int question; // index of the guiding question under discussion
    std::string_view who; // participant key, "" = unknown speaker (or the moderator)
    NoteKind kind;
    SafetyChain chain;
    const char* a;
    const char* b;
    const char* b_who = nullptr;
};
inline constexpr const char kSameAsA[] = "=";

struct HearingRow {
    int theme; // index into Themes()
    std::string_view date;
    std::string_view start_time; // local time "HH:MM"
    int utc_offset_hours;        // Brussels: +2 in summer time, +1 in winter
    std::string_view location;
    std::string_view moderator;
    std::string_view reporter_a;
    std::string_view reporter_b;
    HearingStatus status;
    std::string_view present; // participant keys separated by spaces
    std::span<const ContributionRow> contributions;
};

// A note its reporter corrected after committing it; the store keeps the first text as version 1.
struct CorrectionRow {
    int hearing;      // index into Hearings()
    char reporter;    // 'A' or 'B'
    int row;          // index into that hearing's contributions
    std::string_view first_text;
};

// A half-typed note committed by accident (Enter pressed too early) and deleted a few seconds
// later; the reporter then wrote the full note for `row`.
struct SlipRow {
    int hearing;
    char reporter;
    int row;
    std::string_view text;
};

struct PlanRow {
    std::string_view name;
    std::string_view city;
    int period_start;
    int period_end;
};

const PlanRow& PlanInfo();
std::span<const PhaseRow> Phases();
std::span<const ThemeRow> Themes();
std::span<const ParticipantRow> Participants();
std::span<const HearingRow> Hearings();
std::span<const CorrectionRow> Corrections();
std::span<const SlipRow> Slips();

} // namespace hd::demo
