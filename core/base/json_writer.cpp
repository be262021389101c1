#include "core/base/json_writer.h"

// cereal configures rapidjson (assertions throw, write flags) before including it: every file of
// ours that uses rapidjson sees the same configuration.
#include <cereal/archives/json.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <optional>
#include <stdexcept>

namespace hd {

struct JsonWriter::Impl {
    rapidjson::StringBuffer buffer;
    std::optional<rapidjson::Writer<rapidjson::StringBuffer>> compact;
    std::optional<rapidjson::PrettyWriter<rapidjson::StringBuffer>> indented;

    // PrettyWriter hides Writer's members rather than overriding them: call the right one.
    template <class F> void Do(F&& f) {
        if (indented) f(*indented);
        else f(*compact);
    }
};

JsonWriter::JsonWriter(Layout layout) : m(std::make_unique<Impl>()) {
    if (layout == Layout::Indented) m->indented.emplace(m->buffer);
    else m->compact.emplace(m->buffer);
}

JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::BeginObject() {
    m->Do([](auto& w) { w.StartObject(); });
    return *this;
}

JsonWriter& JsonWriter::EndObject() {
    m->Do([](auto& w) { w.EndObject(); });
    return *this;
}

JsonWriter& JsonWriter::BeginArray() {
    m->Do([](auto& w) { w.StartArray(); });
    return *this;
}

JsonWriter& JsonWriter::EndArray() {
    m->Do([](auto& w) { w.EndArray(); });
    return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
    m->Do([&](auto& w) { w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())); });
    return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
    m->Do([&](auto& w) { w.String(value.data(), static_cast<rapidjson::SizeType>(value.size())); });
    return *this;
}

JsonWriter& JsonWriter::Int(int64_t value) {
    m->Do([&](auto& w) { w.Int64(value); });
    return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
    m->Do([&](auto& w) { w.Bool(value); });
    return *this;
}

JsonWriter& JsonWriter::Number(std::string_view digits) {
    bool ok = !digits.empty() && digits.size() <= 19;
    for (char c : digits) ok = ok && c >= '0' && c <= '9';
    if (!ok) throw std::invalid_argument("JsonWriter::Number: not a number: " + std::string(digits));
    m->Do([&](auto& w) { w.RawValue(digits.data(), digits.size(), rapidjson::kNumberType); });
    return *this;
}

JsonWriter& JsonWriter::Member(std::string_view key, const std::vector<std::string>& values) {
    Key(key).BeginArray();
    for (const std::string& v : values) String(v);
    return EndArray();
}

std::string JsonWriter::Text() const {
    return std::string(m->buffer.GetString(), m->buffer.GetSize());
}

std::string ClustersToJson(const std::vector<LabeledGroup>& groups) {
    JsonWriter w;
    w.BeginObject().Key("clusters").BeginArray();
    for (const LabeledGroup& g : groups) w.BeginObject().Member("label", g.label).Member("members", g.members).EndObject();
    w.EndArray().EndObject();
    return w.Text();
}

} // namespace hd
