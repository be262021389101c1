// [SECTION] index: helpers / minutes / objectives / plan / forum
// Lays the documents out as format-neutral blocks; the writers draw them. All labels come from
// assets/lang/export.tsv in the export's language.
#include <algorithm>
#include <ctime>

#include "core/export/action_plan.h"
#include "core/export/export.h"
#include "core/export/export_blocks.h"
#include "core/export/input_followup.h"
#include "core/export/export_swot.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Helpers
namespace {
Block Heading(BlockKind kind, std::string text) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
}

Block Para(std::string label, std::string text) {
    Block b;
    b.kind = BlockKind::Paragraph;
    b.label = std::move(label);
    b.text = std::move(text);
    return b;
}

Block Item(std::string label, std::string text, std::string mark = {}) {
    Block b;
    b.kind = BlockKind::Item;
    b.label = std::move(label);
    b.text = std::move(text);
    b.mark = std::move(mark);
    return b;
}

Block NoteBlock(std::string text) {
    Block b;
    b.kind = BlockKind::Note;
    b.text = std::move(text);
    return b;
}

std::string DateOfMs(int64_t ms) {
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

std::string JoinList(const std::vector<std::string>& items, const char* sep = ", ") {
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

void AddIfNotEmpty(RichDocument& rich, const std::string& label, const std::string& text) {
    if (!text.empty()) rich.blocks.push_back(Para(label, text));
}

} // namespace

std::string ReviewLine(const MinutesReview& r, const ExportLabels& L) {
    std::string state = L("review.state." + std::string(ToKey(r.state)));
    if (r.state != ReviewState::Approved) return state;
    // Approved with entries unresolved: the reader of the minutes must see that, and why.
    // (A reason with nothing unresolved: the two reporters' notes were never merged.)
    if (!r.approve_reason.empty() && r.unresolved_at_approval == 0)
        return L.Format("export.approved_anyway_unmerged",
                        {state, r.approved_by, DateOfMs(r.approved_at_ms), r.approve_reason});
    if (!r.approve_reason.empty())
        return L.Format("export.approved_anyway", {state, r.approved_by, DateOfMs(r.approved_at_ms),
                                                   std::to_string(r.unresolved_at_approval), r.approve_reason});
    return L.Format("export.approved_by", {state, r.approved_by, DateOfMs(r.approved_at_ms)});
}

// [SECTION] Minutes
std::string MinutesSpeaker(const MinutesEntry& line, const ExportLabels& L) {
    auto name = [&](const std::string& s) { return s.empty() ? L("export.unknown_speaker") : s; };
    if (line.speaker_conflict) return "A: " + name(line.speaker_a) + " / B: " + name(line.speaker_b);
    return name(line.speaker);
}

std::string SpeakerConflictMark(const MinutesEntry& line, const ExportLabels& L) {
    auto name = [&](const std::string& s) { return s.empty() ? L("export.unknown_speaker") : s; };
    return L.Format("export.speaker_conflict", {name(line.speaker_a), name(line.speaker_b)});
}

namespace {
std::string ProvenanceMark(const MinutesEntry& line, const ExportLabels& L) {
    // Shown only where both wordings are not shown in full anyway.
    bool both_shown = !line.text_a.empty() || !line.text_b.empty();
    std::string also = line.also_noted.empty() || both_shown
                           ? std::string()
                           : L.Format("export.prov.also_noted", {std::string(1, line.also_noted_by), line.also_noted});
    switch (line.provenance) {
    case MergeStatus::Agreed: return also;
    case MergeStatus::Differs:
        if (line.text_a.empty() && line.text_b.empty()) return L("export.prov.differs");
        return L.Format("export.prov.differs_texts", {line.text_a, line.text_b});
    case MergeStatus::OnlyA: return L("export.prov.only_a");
    case MergeStatus::OnlyB: return L("export.prov.only_b");
    }
    return {};
}

Block LineBlock(const MinutesEntry& line, const ExportLabels& L) {
    std::string speaker = MinutesSpeaker(line, L);
    std::string mark = ProvenanceMark(line, L);
    // Who said it is a fact: until someone decides, the reader sees that the reporters disagree.
    // Same words, different people: the conflict is the whole difference.
    bool same_words = line.text_a.empty() && line.text_b.empty();
    if (line.speaker_conflict && same_words) mark = SpeakerConflictMark(line, L);
    else if (line.speaker_conflict) mark = SpeakerConflictMark(line, L) + (mark.empty() ? "" : "; " + mark);
    return Item(FormatOffset(line.offset_ms) + " · " + speaker, line.text, mark);
}
} // namespace

RichDocument LayoutMinutes(const MinutesDocument& doc, const ExportLabels& L, const std::string& date) {
    RichDocument rich;
    rich.title = L.Format("export.minutes_title", {doc.theme});
    rich.subtitle = doc.city.empty() ? doc.plan_name : doc.plan_name + " · " + doc.city;
    rich.generated = L.Format("export.generated", {date});
    AddIfNotEmpty(rich, L("export.date"), doc.date);
    AddIfNotEmpty(rich, L("export.place"), doc.location);
    AddIfNotEmpty(rich, L("export.moderator"), doc.moderator);
    std::vector<std::string> reporters;
    if (!doc.reporter_a.empty()) reporters.push_back("A: " + doc.reporter_a);
    if (!doc.reporter_b.empty()) reporters.push_back("B: " + doc.reporter_b);
    AddIfNotEmpty(rich, L("export.reporters"), JoinList(reporters));
    rich.blocks.push_back(Para(L("export.review_state"), ReviewLine(doc.review, L)));

    rich.blocks.push_back(Heading(BlockKind::Heading1, L("export.participants")));
    if (doc.participants.empty()) rich.blocks.push_back(NoteBlock(L("export.no_participants")));
    for (const DisciplineGroup& g : doc.participants) rich.blocks.push_back(Item(g.label, JoinList(g.people, "; ")));

    rich.blocks.push_back(Heading(BlockKind::Heading1, L("export.entries")));
    if (!doc.merged) rich.blocks.push_back(NoteBlock(L("export.not_merged")));
    if (doc.entries.empty()) rich.blocks.push_back(NoteBlock(L("export.no_entries")));
    for (const MinutesEntry& line : doc.entries) rich.blocks.push_back(LineBlock(line, L));
    if (doc.merged && !doc.appendix.empty()) {
        rich.blocks.push_back(Heading(BlockKind::Heading1, L("export.appendix")));
        rich.blocks.push_back(NoteBlock(L("export.appendix_note")));
        for (const MinutesEntry& line : doc.appendix) rich.blocks.push_back(LineBlock(line, L));
    }
    return rich;
}

// [SECTION] Objectives
namespace {
std::string Disciplines(const PlanObjective& o, const ExportLabels& L) {
    std::vector<std::string> names;
    for (const std::string& d : o.disciplines) names.push_back(L.Discipline(d));
    std::sort(names.begin(), names.end()); // as the reader sees them, not by internal key
    return JoinList(names);
}

std::string ObjectiveHeading(const PlanObjective& o, const std::string& number, const ExportLabels& L) {
    std::string heading = L.Format(o.strategic ? "export.strategic" : "export.tactical", {number, o.title});
    // Every export says which objectives the core group accepted and which are only proposals.
    if (!o.accepted) heading += " [" + L("export.proposal") + "]";
    return heading;
}

// How many contributions from which hearings, and where disciplines disagree (docs/clustering.md).
void AddEvidence(RichDocument& rich, const PlanObjective& o, const ExportLabels& L) {
    if (o.contributions > 0)
        rich.blocks.push_back(Para(L("export.evidence"),
                                   L.Format("export.evidence_line",
                                            {L.Plural("count.contributions", static_cast<long long>(o.contributions)),
                                             L.Plural("count.hearings_of", static_cast<long long>(o.hearing_dates.size()),
                                                      {JoinList(o.hearing_dates)})})));
    for (const ObjectiveDissent& d : o.dissent)
        rich.blocks.push_back(Para(L("export.dissent"), L.Format("export.dissent_line",
                                                                 {L.Discipline(d.discipline_a), L.Discipline(d.discipline_b),
                                                                  JoinList(d.words_a), JoinList(d.words_b)})));
}

void AddObjective(RichDocument& rich, const PlanObjective& o, const std::string& heading, const ExportLabels& L) {
    rich.blocks.push_back(Heading(o.strategic ? BlockKind::Heading2 : BlockKind::Heading3, heading));
    AddIfNotEmpty(rich, L("export.justification"), o.justification);
    AddIfNotEmpty(rich, L("export.why"), o.why);
    AddIfNotEmpty(rich, L("export.what"), o.what);
    AddIfNotEmpty(rich, L("export.how"), o.how);
    if (o.chain != SafetyChain::None) {
        std::string chain = L.Chain(o.chain);
        if (HasReactiveKind(o.chain) && o.reactive != ReactiveKind::None) chain += " · " + L.Reactive(o.reactive);
        rich.blocks.push_back(Para(L("export.chain"), chain));
    }
    AddIfNotEmpty(rich, L("export.disciplines"), Disciplines(o, L));
    AddEvidence(rich, o, L);
    // The operational level: what will be done for this objective, by whom, when.
    if (!o.actions.empty()) {
        rich.blocks.push_back(Para(L("export.actions.heading"), {}));
        rich.blocks.push_back(ActionsTable(o.actions, L));
    }
}

// Strategic objectives, then tactical ones directly under the domain, then each sub-theme with its
// justification and tactical objectives. `chapter` numbers them ("4.1", "4.2", ...).
void AddDomainObjectives(RichDocument& rich, const DomainDocument& d, const ExportLabels& L, bool details,
                         const std::string& chapter) {
    auto number = [&](int n) { return chapter.empty() ? std::to_string(n) : chapter + "." + std::to_string(n); };
    int s = 0;
    for (const PlanObjective& o : d.strategic) AddObjective(rich, o, ObjectiveHeading(o, number(++s), L), L);
    int n = 0;
    auto tactical = [&](const PlanObjective& o) {
        std::string heading = ObjectiveHeading(o, number(++n), L);
        if (details) AddObjective(rich, o, heading, L);
        else rich.blocks.push_back(Item(heading, o.what));
    };
    auto known = [&](int64_t id) {
        return std::any_of(d.sub_themes.begin(), d.sub_themes.end(), [&](const SubTheme& st) { return st.id == id; });
    };
    for (const PlanObjective& o : d.tactical)
        if (!o.sub_theme_id || !known(o.sub_theme_id)) tactical(o);
    for (const SubTheme& st : d.sub_themes) {
        if (details) {
            rich.blocks.push_back(Heading(BlockKind::Heading2, L.Format("export.sub_theme", {st.title})));
            AddIfNotEmpty(rich, L("export.justification"), st.justification);
        }
        for (const PlanObjective& o : d.tactical)
            if (o.sub_theme_id == st.id) tactical(o);
    }
    if (d.strategic.empty() && d.tactical.empty()) rich.blocks.push_back(NoteBlock(L("export.no_objectives")));
}

void AddForumOfDomain(RichDocument& rich, const DomainDocument& d, const ExportLabels& L, bool always) {
    bool has_commentary = d.commentary && !d.commentary->text.empty();
    if (!always && !has_commentary && d.reactions.empty()) return;
    rich.blocks.push_back(Heading(BlockKind::Heading2, L("export.forum_commentary")));
    if (has_commentary) {
        std::string who = d.commentary->expert_name;
        if (!d.commentary->expert_function.empty())
            who += who.empty() ? d.commentary->expert_function : ", " + d.commentary->expert_function;
        rich.blocks.push_back(Para(who, d.commentary->text));
    } else {
        rich.blocks.push_back(NoteBlock(L("export.no_commentary")));
    }
    if (!d.reactions.empty()) {
        rich.blocks.push_back(Heading(BlockKind::Heading3, L("export.reactions")));
        for (const ForumReaction& r : d.reactions) rich.blocks.push_back(Item(r.author, r.text));
    }
}

// Domains x links of the chain and reactive kinds. A link without objectives is marked, and so is a
// domain with nothing pro-active or preventive (it only reacts after the fact).
Block CoverageTable(const PlanDocument& doc, const ExportLabels& L) {
    Block t;
    t.kind = BlockKind::Table;
    t.numeric = true;
    t.header = {L("export.domain")};
    for (SafetyChain c : kAllSafetyChains) t.header.push_back(L.Chain(c));
    for (ReactiveKind k : kAllReactiveKinds) t.header.push_back(L.Reactive(k));
    t.header.push_back(L("export.unassigned"));
    for (const CoverageRow& row : doc.coverage) {
        std::vector<TableCell> cells;
        cells.push_back({row.gap ? L.Format("export.gap_domain", {row.domain}) : row.domain, row.gap});
        for (int n : row.counts) cells.push_back({std::to_string(n), n == 0});
        for (int n : row.reactive) cells.push_back({std::to_string(n), false});
        cells.push_back({std::to_string(row.unassigned), false});
        t.rows.push_back(std::move(cells));
    }
    return t;
}

// The seeds' balance principle: the plan's objectives over the five links and the reactive kinds.
Block BalanceChart(const PlanDocument& doc, const ExportLabels& L) {
    Block b;
    b.kind = BlockKind::Chart;
    size_t i = 0;
    for (SafetyChain c : kAllSafetyChains) {
        int n = doc.balance.counts[i++];
        b.bars.push_back({L.Chain(c), n, n == 0});
    }
    i = 0;
    for (ReactiveKind k : kAllReactiveKinds) {
        int n = doc.balance.reactive[i++];
        b.bars.push_back({L.Format("export.reactive_bar", {L.Reactive(k)}), n, n == 0});
    }
    return b;
}

Block PhaseTable(const PlanDocument& doc, const ExportLabels& L) {
    Block t;
    t.kind = BlockKind::Table;
    t.header = {L("export.phase"), L("export.start"), L("export.end"), L("export.status")};
    for (const Phase& p : doc.phases) {
        // Plans created without titles carry the key as title; show the standard phase's name then.
        std::string title = p.title.empty() || p.title == p.key ? L("export.phase_key." + p.key) : p.title;
        t.rows.push_back({{title}, {p.start_date}, {p.end_date}, {L("export.phase_status." + std::string(ToKey(p.status)))}});
    }
    return t;
}

std::string Period(const PlanDocument& doc) {
    std::string s = doc.city;
    if (doc.period_start > 0) {
        if (!s.empty()) s += " · ";
        s += std::to_string(doc.period_start) + "–" + std::to_string(doc.period_end);
    }
    return s;
}
} // namespace

// [SECTION] Plan
namespace {
std::string Chapter(int n, const std::string& title) { return std::to_string(n) + ". " + title; }

const std::string& SectionText(const PlanDocument& doc, std::string_view key) {
    static const std::string empty;
    for (const PlanSection& s : doc.sections)
        if (s.key == key) return s.text;
    return empty;
}

void AddSection(RichDocument& rich, const PlanDocument& doc, const std::string& number, std::string_view key,
                const ExportLabels& L) {
    rich.blocks.push_back(Heading(BlockKind::Heading2, number + " " + L("export.section." + std::string(key))));
    const std::string& text = SectionText(doc, key);
    if (text.empty()) rich.blocks.push_back(NoteBlock(L("export.section_empty")));
    else rich.blocks.push_back(Para({}, text));
}

Block InputsTable(const PlanDocument& doc, const ExportLabels& L) {
    Block t;
    t.kind = BlockKind::Table;
    t.header = {L("export.domain"), L("export.hearings"), L("export.contributions"), L("export.disciplines_heard")};
    for (const DomainDocument& d : doc.domains) {
        std::vector<std::string> names;
        for (const std::string& k : d.input_disciplines) names.push_back(L.Discipline(k));
        std::sort(names.begin(), names.end());
        std::string heard = d.supporting ? L("export.supporting_short") : JoinList(names);
        t.rows.push_back({{d.title}, {std::to_string(d.hearings)}, {std::to_string(d.contributions)}, {heard}});
    }
    return t;
}

// The local safety diagnosis: a small trend chart per indicator, under a bold label.
void AddTrends(RichDocument& rich, const std::vector<Indicator>& indicators, const std::string& label) {
    if (indicators.empty()) return;
    rich.blocks.push_back(Para(label, {}));
    Block b;
    b.kind = BlockKind::Trends;
    for (const Indicator& i : indicators) b.trends.push_back({i.name, i.unit, i.values});
    rich.blocks.push_back(std::move(b));
}

void AddDomainSwot(RichDocument& rich, const DomainDocument& d, const ExportLabels& L) {
    std::vector<SwotLine> lines;
    for (const SwotItem& i : d.swot)
        lines.push_back({std::string(ToKey(i.quadrant)), i.text, std::string(ToKey(i.cite.kind)), i.cite.label});
    AddSwotBlocks(rich, L, lines, BlockKind::Heading2);
}

std::string HearingLabel(const HearingReference& h, const ExportLabels& L) {
    return L.Format("export.annex.hearing", {h.domain, h.date.empty() ? L("export.annex.no_date") : h.date});
}

// Annex: which hearing's minutes each objective's evidence comes from, and whether those minutes are
// approved (by whom, when), so a reader can go back from an objective to what was said.
void AddMinutesAnnex(RichDocument& rich, const PlanDocument& doc, int chapter, const ExportLabels& L) {
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(chapter, L("export.annex.title"))));
    if (doc.hearings.empty()) {
        rich.blocks.push_back(NoteBlock(L("export.annex.none")));
        return;
    }
    rich.blocks.push_back(NoteBlock(L("export.annex.note")));
    Block minutes;
    minutes.kind = BlockKind::Table;
    minutes.header = {L("export.annex.hearing_col"), L("export.place"), L("export.review_state")};
    for (const HearingReference& h : doc.hearings)
        minutes.rows.push_back({{HearingLabel(h, L)}, {h.location}, {ReviewLine(h.review, L), h.review.state != ReviewState::Approved}});
    rich.blocks.push_back(std::move(minutes));
    Block cited;
    cited.kind = BlockKind::Table;
    cited.header = {L("export.domain"), L("export.annex.objective_col"), L("export.annex.evidence_col")};
    auto add = [&](const DomainDocument& d, const PlanObjective& o) {
        std::vector<std::string> from;
        for (int64_t id : o.hearing_ids)
            for (const HearingReference& h : doc.hearings)
                if (h.hearing_id == id) from.push_back(HearingLabel(h, L));
        if (from.empty()) return;
        std::string title = o.title + (o.accepted ? "" : " [" + L("export.proposal") + "]");
        cited.rows.push_back({{d.title}, {title}, {JoinList(from, "; ")}});
    };
    for (const DomainDocument& d : doc.domains) {
        for (const PlanObjective& o : d.strategic) add(d, o);
        for (const PlanObjective& o : d.tactical) add(d, o);
    }
    rich.blocks.push_back(std::move(cited));
}

void AddDomainChapter(RichDocument& rich, const DomainDocument& d, int chapter, const ExportLabels& L) {
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(chapter, d.title)));
    if (d.supporting) rich.blocks.push_back(NoteBlock(L("export.supporting")));
    AddIfNotEmpty(rich, L("export.context"), d.context);
    AddIfNotEmpty(rich, L("export.problem"), d.problem);
    AddTrends(rich, d.indicators, L("export.indicators"));
    AddDomainSwot(rich, d, L);
    AddDomainObjectives(rich, d, L, true, std::to_string(chapter));
    AddForumOfDomain(rich, d, L, false);
}
} // namespace

RichDocument LayoutPlan(const PlanDocument& doc, const ExportLabels& L, const std::string& date) {
    RichDocument rich;
    rich.title = doc.plan_name;
    rich.subtitle = L("export.plan_draft") + (Period(doc).empty() ? "" : " · " + Period(doc));
    rich.generated = L.Format("export.generated", {date});
    rich.blocks.push_back(NoteBlock(L("export.proposal_note")));
    int chapter = 0;
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(++chapter, L("export.introduction"))));
    AddSection(rich, doc, "1.1", "history", L);
    AddSection(rich, doc, "1.2", "safety_meaning", L);
    AddSection(rich, doc, "1.3", "plan_status", L);
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(++chapter, L("export.vision_principles"))));
    AddSection(rich, doc, "2.1", "vision", L);
    AddSection(rich, doc, "2.2", "principles", L);
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(++chapter, L("export.inputs"))));
    rich.blocks.push_back(NoteBlock(L("export.inputs_note")));
    rich.blocks.push_back(InputsTable(doc, L));
    AddTrends(rich, doc.city_indicators, L("export.city_indicators"));
    for (const DomainDocument& d : doc.domains) AddDomainChapter(rich, d, ++chapter, L);
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(++chapter, L("export.coverage"))));
    rich.blocks.push_back(NoteBlock(L("export.coverage_note")));
    rich.blocks.push_back(CoverageTable(doc, L));
    rich.blocks.push_back(Para(L("export.balance"), L("export.balance_note")));
    rich.blocks.push_back(BalanceChart(doc, L));
    rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(++chapter, L("export.phases"))));
    rich.blocks.push_back(PhaseTable(doc, L));
    if (!doc.core_group.empty()) {
        rich.blocks.push_back(Heading(BlockKind::Heading1, Chapter(++chapter, L("export.core_group"))));
        Block t;
        t.kind = BlockKind::Table;
        t.header = {L("export.name"), L("export.organisation"), L("export.role")};
        for (const CoreMember& m : doc.core_group) {
            std::string role_key = "review.role." + m.role;
            std::string role = L(role_key) == role_key ? m.role : L(role_key);
            t.rows.push_back({{m.name}, {m.organisation}, {role}});
        }
        rich.blocks.push_back(std::move(t));
    }
    AddMinutesAnnex(rich, doc, ++chapter, L);
    return rich;
}

// [SECTION] Forum
RichDocument LayoutForum(const PlanDocument& doc, const ExportLabels& L, const std::string& date) {
    RichDocument rich;
    rich.title = L.Format("export.forum_title", {doc.plan_name});
    rich.subtitle = Period(doc);
    rich.generated = L.Format("export.generated", {date});
    for (const DomainDocument& d : doc.domains) {
        rich.blocks.push_back(Heading(BlockKind::Heading1, d.title));
        AddIfNotEmpty(rich, L("export.problem"), d.problem);
        AddDomainObjectives(rich, d, L, false, {});
        AddForumOfDomain(rich, d, L, true);
    }
    return rich;
}

// [SECTION] Input follow-up
namespace {
std::string UseLine(const FollowupUse& u, const ExportLabels& L) {
    std::string level = L(u.strategic ? "export.followup_level.strategic" : "export.followup_level.tactical");
    std::string state = L(u.accepted ? "export.accepted" : "export.proposal");
    return L.Format("export.followup_use", {level, u.objective, state, L("export.followup_role." + u.role)});
}

// "trekker: dienst Wonen · 2026–2027": who pulls the action and when, the parts that are known.
std::string ActionWhoWhen(const Action& a, const ExportLabels& L) {
    std::string out;
    if (!a.owner.empty()) out = L.Format("export.followup_action_owner", {a.owner});
    std::string years = FormatYears(a);
    if (!years.empty()) out += (out.empty() ? "" : " \xC2\xB7 ") + years;
    return out;
}

// What will be done with the contribution: the actions of each accepted tactical objective using it.
void AddFollowupActions(RichDocument& rich, const FollowupEntry& e, const ExportLabels& L) {
    for (const FollowupUse& u : e.uses)
        for (const Action& a : u.actions)
            rich.blocks.push_back(Item(L("export.followup_action"), a.description, ActionWhoWhen(a, L)));
}
} // namespace

RichDocument LayoutInputFollowup(const FollowupDocument& doc, const ExportLabels& L, const std::string& date) {
    RichDocument rich;
    rich.title = L("export.followup_title");
    rich.subtitle = doc.city.empty() ? doc.plan_name : doc.plan_name + " · " + doc.city;
    rich.generated = L.Format("export.generated", {date});
    AddIfNotEmpty(rich, L("export.followup_theme"), doc.theme);
    AddIfNotEmpty(rich, L("export.date"), doc.date);
    AddIfNotEmpty(rich, L("export.place"), doc.location);
    rich.blocks.push_back(NoteBlock(L("export.followup_note")));
    rich.blocks.push_back(Para(L("export.followup_summary"),
                               L.Format("export.followup_counts", {std::to_string(doc.used), std::to_string(doc.entries.size())})));
    rich.blocks.push_back(Heading(BlockKind::Heading1, L("export.followup_contributions")));
    if (doc.entries.empty()) rich.blocks.push_back(NoteBlock(L("export.no_entries")));
    for (const FollowupEntry& e : doc.entries) {
        std::string speaker = e.speaker.empty() ? L("export.unknown_speaker") : e.speaker;
        std::string uses;
        for (const FollowupUse& u : e.uses) uses += (uses.empty() ? "" : "; ") + UseLine(u, L);
        rich.blocks.push_back(Item(FormatOffset(e.offset_ms) + " · " + speaker + " · " + L.Kind(e.kind), e.text,
                                   uses.empty() ? L("export.followup_unused") : L("export.followup_used_in") + " " + uses));
        AddFollowupActions(rich, e, L);
    }
    return rich;
}

// [SECTION] Chart bars as text
std::string BlockBar(int value, int max_value) {
    if (value <= 0 || max_value <= 0) return {};
    int n = std::max(1, (value * 24 + max_value / 2) / max_value);
    std::string out;
    for (int i = 0; i < n; ++i) out += "\xE2\x96\x88"; // U+2588 FULL BLOCK
    return out;
}

int MaxBar(const Block& chart) {
    int m = 0;
    for (const Bar& bar : chart.bars) m = std::max(m, bar.value);
    return m;
}

} // namespace hd
