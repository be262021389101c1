// [SECTION] index: taking a snapshot / JSON out / JSON in / differences / SHA-256
#include "core/lifecycle/plan_snapshot.h"

#include <sodium.h>

#include <map>
#include <set>
#include <rapidjson/document.h>

#include "core/base/errors.h"
#include "core/base/json_guard.h"
#include "core/base/json_writer.h"
#include "core/cluster/objective_store.h"
#include "core/plan/action_store.h"
#include "core/store/store.h"
#include "core/store/swot_store.h"

namespace hd {

// [SECTION] Taking a snapshot
namespace {
void AddActions(PlanStore& store, PlanSnapshot& s) {
    std::set<int64_t> accepted;
    for (const SnapshotObjective& o : s.objectives) accepted.insert(o.id);
    for (const Action& a : ActionStore(store).ListAllActions()) {
        if (!accepted.count(a.objective_id)) continue;
        std::string budget = a.budget_euro ? std::to_string(*a.budget_euro) : std::string();
        if (!a.budget_note.empty()) budget += (budget.empty() ? "" : " ") + a.budget_note;
        s.actions.push_back({a.id, a.objective_id, a.description, a.owner, a.partners, FormatYears(a), budget, a.indicator,
                             a.target, std::string(ToKey(a.status)), a.quick_win});
    }
}
} // namespace

PlanSnapshot TakeSnapshot(PlanStore& store) {
    PlanSnapshot s;
    Plan plan = store.GetPlan();
    s.name = plan.name;
    s.city = plan.city;
    s.period_start = plan.period_start;
    s.period_end = plan.period_end;
    ObjectiveStore objectives(store);
    for (const Theme& t : store.ListThemes()) {
        s.themes.push_back({t.id, t.title, t.problem_statement});
        for (const Objective& o : objectives.ListObjectives(t.id)) {
            if (!o.accepted) continue;
            s.objectives.push_back({o.id, o.theme_id, std::string(ToKey(o.level)), o.title, o.why, o.what, o.how,
                                    std::string(ToKey(o.chain))});
        }
    }
    for (const SwotItem& i : SwotStore(store).ListAll())
        s.swot.push_back({i.id, i.theme_id, std::string(ToKey(i.quadrant)), i.text, std::string(ToKey(i.cite.kind)), i.cite.label});
    AddActions(store, s);
    return s;
}

// [SECTION] JSON out
std::string SnapshotToJson(const PlanSnapshot& s) {
    JsonWriter w;
    w.BeginObject().Member("format", "hearingdesk-plan-snapshot").Member("version", 1);
    w.Member("name", s.name).Member("city", s.city).Member("period_start", s.period_start).Member("period_end", s.period_end);
    w.Key("themes").BeginArray();
    for (const SnapshotTheme& t : s.themes)
        w.BeginObject().Member("id", t.id).Member("title", t.title).Member("problem_statement", t.problem_statement).EndObject();
    w.EndArray().Key("objectives").BeginArray();
    for (const SnapshotObjective& o : s.objectives) {
        w.BeginObject().Member("id", o.id).Member("theme_id", o.theme_id).Member("level", o.level);
        w.Member("title", o.title).Member("why", o.why).Member("what", o.what).Member("how", o.how);
        w.Member("chain", o.chain).EndObject();
    }
    w.EndArray();
    if (s.has_swot) {
        w.Key("swot").BeginArray();
        for (const SnapshotSwot& i : s.swot) {
            w.BeginObject().Member("id", i.id).Member("theme_id", i.theme_id).Member("quadrant", i.quadrant);
            w.Member("text", i.text).Member("cite_kind", i.cite_kind).Member("cite", i.cite).EndObject();
        }
        w.EndArray();
    }
    // Only when there are actions: a plan without any gives the same bytes (and checksum) as before.
    if (!s.actions.empty()) {
        w.Key("actions").BeginArray();
        for (const SnapshotAction& a : s.actions) {
            w.BeginObject().Member("id", a.id).Member("objective_id", a.objective_id).Member("description", a.description);
            w.Member("owner", a.owner).Member("partners", a.partners).Member("years", a.years).Member("budget", a.budget);
            w.Member("indicator", a.indicator).Member("target", a.target).Member("status", a.status);
            w.Member("quick_win", a.quick_win ? 1 : 0).EndObject();
        }
        w.EndArray();
    }
    w.EndObject();
    return w.Text();
}

std::string ChangesToJson(const std::vector<PlanChange>& changes) {
    JsonWriter w;
    w.BeginArray();
    for (const PlanChange& c : changes) {
        w.BeginObject().Member("change", c.change).Member("target_kind", c.target_kind).Member("target_id", c.target_id);
        w.Member("field", c.field).Member("label", c.label).Member("before", c.before).Member("after", c.after);
        w.Member("who", c.who).Member("at_ms", c.at_ms).EndObject();
    }
    w.EndArray();
    return w.Text();
}

// [SECTION] JSON in
namespace {
[[noreturn]] void BadSnapshot(const std::string& why) {
    throw InputError("lifecycle.err_snapshot", "The stored plan version cannot be read: " + why, {why});
}

std::string Str(const rapidjson::Value& v, const char* key) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsString()) BadSnapshot(std::string("missing text '") + key + "'");
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

int64_t Int(const rapidjson::Value& v, const char* key) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsInt64()) BadSnapshot(std::string("missing number '") + key + "'");
    return it->value.GetInt64();
}

const rapidjson::Value& Array(const rapidjson::Value& v, const char* key) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsArray()) BadSnapshot(std::string("missing list '") + key + "'");
    return it->value;
}

rapidjson::Document ParseJson(const std::string& json) {
    if (FindOverlongJsonNumber(json) != std::string_view::npos) BadSnapshot("overlong number");
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    if (doc.HasParseError()) BadSnapshot("not JSON");
    return doc;
}
} // namespace

PlanSnapshot SnapshotFromJson(const std::string& json) {
    rapidjson::Document doc = ParseJson(json);
    if (!doc.IsObject()) BadSnapshot("not an object");
    PlanSnapshot s;
    s.name = Str(doc, "name");
    s.city = Str(doc, "city");
    s.period_start = static_cast<int>(Int(doc, "period_start"));
    s.period_end = static_cast<int>(Int(doc, "period_end"));
    for (const auto& t : Array(doc, "themes").GetArray()) {
        if (!t.IsObject()) BadSnapshot("theme is not an object");
        s.themes.push_back({Int(t, "id"), Str(t, "title"), Str(t, "problem_statement")});
    }
    for (const auto& o : Array(doc, "objectives").GetArray()) {
        if (!o.IsObject()) BadSnapshot("objective is not an object");
        s.objectives.push_back({Int(o, "id"), Int(o, "theme_id"), Str(o, "level"), Str(o, "title"), Str(o, "why"),
                                Str(o, "what"), Str(o, "how"), Str(o, "chain")});
    }
    s.has_swot = doc.HasMember("swot");
    if (s.has_swot)
        for (const auto& i : Array(doc, "swot").GetArray()) {
            if (!i.IsObject()) BadSnapshot("SWOT item is not an object");
            s.swot.push_back({Int(i, "id"), Int(i, "theme_id"), Str(i, "quadrant"), Str(i, "text"), Str(i, "cite_kind"),
                              Str(i, "cite")});
        }
    if (doc.HasMember("actions")) {
        for (const auto& a : Array(doc, "actions").GetArray()) {
            if (!a.IsObject()) BadSnapshot("action is not an object");
            s.actions.push_back({Int(a, "id"), Int(a, "objective_id"), Str(a, "description"), Str(a, "owner"),
                                 Str(a, "partners"), Str(a, "years"), Str(a, "budget"), Str(a, "indicator"),
                                 Str(a, "target"), Str(a, "status"), Int(a, "quick_win") != 0});
        }
    }
    return s;
}

std::vector<PlanChange> ChangesFromJson(const std::string& json) {
    std::vector<PlanChange> out;
    if (json.empty()) return out;
    rapidjson::Document doc = ParseJson(json);
    if (!doc.IsArray()) BadSnapshot("changes are not a list");
    for (const auto& c : doc.GetArray()) {
        if (!c.IsObject()) BadSnapshot("change is not an object");
        out.push_back({Str(c, "change"), Str(c, "target_kind"), Int(c, "target_id"), Str(c, "field"), Str(c, "label"),
                       Str(c, "before"), Str(c, "after"), Str(c, "who"), Int(c, "at_ms")});
    }
    return out;
}

// [SECTION] Differences
namespace {
PlanChange Make(const char* change, const char* kind, int64_t id, const std::string& label, const std::string& before = {},
                const std::string& after = {}) {
    PlanChange c;
    c.change = change;
    c.target_kind = kind;
    c.target_id = id;
    c.label = label;
    c.before = before;
    c.after = after;
    return c;
}

void FieldChange(std::vector<PlanChange>& out, const PlanChange& base, const char* field, const std::string& before,
                 const std::string& after) {
    if (before == after) return;
    PlanChange c = base;
    c.change = "changed";
    c.field = field;
    c.before = before;
    c.after = after;
    out.push_back(std::move(c));
}

void DiffPlan(const PlanSnapshot& a, const PlanSnapshot& b, std::vector<PlanChange>& out) {
    PlanChange base = Make("", "plan", 0, b.name);
    FieldChange(out, base, "name", a.name, b.name);
    FieldChange(out, base, "city", a.city, b.city);
    FieldChange(out, base, "period", std::to_string(a.period_start) + "–" + std::to_string(a.period_end),
                std::to_string(b.period_start) + "–" + std::to_string(b.period_end));
}

void DiffThemes(const PlanSnapshot& a, const PlanSnapshot& b, std::vector<PlanChange>& out) {
    std::map<int64_t, const SnapshotTheme*> before;
    for (const SnapshotTheme& t : a.themes) before[t.id] = &t;
    for (const SnapshotTheme& t : b.themes) {
        auto it = before.find(t.id);
        if (it == before.end()) {
            out.push_back(Make("added", "theme", t.id, t.title, "", t.title));
            continue;
        }
        PlanChange base = Make("", "theme", t.id, t.title);
        FieldChange(out, base, "title", it->second->title, t.title);
        FieldChange(out, base, "problem_statement", it->second->problem_statement, t.problem_statement);
        before.erase(it);
    }
    for (const auto& [id, t] : before) out.push_back(Make("removed", "theme", id, t->title, t->title));
}

void DiffObjectives(const PlanSnapshot& a, const PlanSnapshot& b, std::vector<PlanChange>& out) {
    std::map<int64_t, const SnapshotObjective*> before;
    for (const SnapshotObjective& o : a.objectives) before[o.id] = &o;
    for (const SnapshotObjective& o : b.objectives) {
        auto it = before.find(o.id);
        if (it == before.end()) {
            out.push_back(Make("added", "objective", o.id, o.title, "", o.title));
            continue;
        }
        const SnapshotObjective& p = *it->second;
        PlanChange base = Make("", "objective", o.id, o.title);
        FieldChange(out, base, "theme", std::to_string(p.theme_id), std::to_string(o.theme_id));
        FieldChange(out, base, "level", p.level, o.level);
        FieldChange(out, base, "title", p.title, o.title);
        FieldChange(out, base, "why", p.why, o.why);
        FieldChange(out, base, "what", p.what, o.what);
        FieldChange(out, base, "how", p.how, o.how);
        FieldChange(out, base, "chain", p.chain, o.chain);
        before.erase(it);
    }
    for (const auto& [id, o] : before) out.push_back(Make("removed", "objective", id, o->title, o->title));
}

std::string CiteText(const SnapshotSwot& i) { return i.cite_kind.empty() ? std::string() : i.cite_kind + ": " + i.cite; }

// SWOT items by id: added, removed, and changes of quadrant, text or citation. Their order within a
// quadrant is presentation, not content, and is not listed.
void DiffSwot(const PlanSnapshot& a, const PlanSnapshot& b, std::vector<PlanChange>& out) {
    if (!a.has_swot || !b.has_swot) return;
    std::map<int64_t, const SnapshotSwot*> before;
    for (const SnapshotSwot& i : a.swot) before[i.id] = &i;
    for (const SnapshotSwot& i : b.swot) {
        auto it = before.find(i.id);
        if (it == before.end()) {
            out.push_back(Make("added", "swot", i.id, i.text, "", i.text));
            continue;
        }
        const SnapshotSwot& p = *it->second;
        PlanChange base = Make("", "swot", i.id, i.text);
        FieldChange(out, base, "quadrant", p.quadrant, i.quadrant);
        FieldChange(out, base, "text", p.text, i.text);
        FieldChange(out, base, "citation", CiteText(p), CiteText(i));
        before.erase(it);
    }
    for (const auto& [id, i] : before) out.push_back(Make("removed", "swot", id, i->text, i->text));
}

void DiffActions(const PlanSnapshot& a, const PlanSnapshot& b, std::vector<PlanChange>& out) {
    std::map<int64_t, const SnapshotAction*> before;
    for (const SnapshotAction& x : a.actions) before[x.id] = &x;
    for (const SnapshotAction& x : b.actions) {
        auto it = before.find(x.id);
        if (it == before.end()) {
            out.push_back(Make("added", "action", x.id, x.description, "", x.description));
            continue;
        }
        const SnapshotAction& p = *it->second;
        PlanChange base = Make("", "action", x.id, x.description);
        FieldChange(out, base, "objective", std::to_string(p.objective_id), std::to_string(x.objective_id));
        FieldChange(out, base, "description", p.description, x.description);
        FieldChange(out, base, "owner", p.owner, x.owner);
        FieldChange(out, base, "partners", p.partners, x.partners);
        FieldChange(out, base, "years", p.years, x.years);
        FieldChange(out, base, "budget", p.budget, x.budget);
        FieldChange(out, base, "indicator", p.indicator, x.indicator);
        FieldChange(out, base, "target", p.target, x.target);
        FieldChange(out, base, "status", p.status, x.status);
        FieldChange(out, base, "quick_win", p.quick_win ? "1" : "0", x.quick_win ? "1" : "0");
        before.erase(it);
    }
    for (const auto& [id, x] : before) out.push_back(Make("removed", "action", id, x->description, x->description));
}
} // namespace

std::string ChangeValueText(const std::string& field, const std::string& value,
                            const std::function<std::string(std::string_view)>& translate) {
    if (value.empty()) return value;
    if (field == "quadrant") return translate("swot.quadrant." + value);
    size_t colon = value.find(": ");
    if (field == "citation" && colon != std::string::npos)
        return translate("swot.cite." + value.substr(0, colon)) + value.substr(colon);
    return value;
}

std::vector<PlanChange> DiffSnapshots(const PlanSnapshot& before, const PlanSnapshot& after) {
    std::vector<PlanChange> out;
    DiffPlan(before, after, out);
    DiffThemes(before, after, out);
    DiffObjectives(before, after, out);
    DiffSwot(before, after, out);
    DiffActions(before, after, out);
    return out;
}

// [SECTION] SHA-256
std::string Sha256Hex(const std::string& data) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

} // namespace hd
