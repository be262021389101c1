// The live link's decoder reads lengths chosen by the peer: every one must be backed by bytes of the
// payload before anything is allocated (core/bounded_binary_archive.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "core/live/bounded_binary_archive.h"
#include "core/live/live_protocol.h"

using namespace hd;

namespace {
template <class T> Bytes WritePortable(const T& value) {
    std::ostringstream os;
    {
        cereal::PortableBinaryOutputArchive ar(os);
        ar(value);
    }
    std::string s = os.str();
    return Bytes(s.begin(), s.end());
}

Bytes LittleEndian64(uint64_t v) {
    Bytes out;
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
    return out;
}

// Replaces the 8-byte size tag `old_size` that directly precedes `marker` with `new_size`.
Bytes PatchSizeTag(Bytes payload, const std::string& marker, uint64_t old_size, uint64_t new_size) {
    Bytes needle = LittleEndian64(old_size);
    needle.insert(needle.end(), marker.begin(), marker.end());
    auto at = std::search(payload.begin(), payload.end(), needle.begin(), needle.end());
    REQUIRE(at != payload.end());
    Bytes patched = LittleEndian64(new_size);
    std::copy(patched.begin(), patched.end(), at);
    return payload;
}

LiveWelcome SampleWelcome() {
    LiveWelcome w;
    w.hearing.hearing_uuid = "h-1";
    w.hearing.theme_title = "Buurtgerichte veiligheid";
    w.hearing.questions = {{"Wat loopt er goed?", 20}, {"Wat kan beter in de wijk?", 25}};
    w.hearing.participants = {{"p-1", "Anaïs Peeters", "Stad", "jeugdwerk", true},
                              {"p-2", "Joël Ĳzerman", "Politie", "politie", false}};
    w.timer.current_question = 1;
    w.timer.running = true;
    w.promoted = {"NOTE-ONE", "NOTE-TWO"};
    return w;
}
} // namespace

TEST_CASE("the bounded archive reads what cereal's portable archive wrote", "[live]") {
    std::vector<std::string> words = {"één", "naïef", "ĳver", ""};
    Bytes bytes = WritePortable(words);
    BoundedBinaryInputArchive ar(bytes);
    std::vector<std::string> back;
    ar(back);
    CHECK(back == words);
    CHECK(ar.Remaining() == 0);

    // Lists of structs travel in cereal's vector layout, read element by element.
    auto message = DecodeMessage(EncodeMessage(SampleWelcome()));
    REQUIRE(message);
    REQUIRE(std::holds_alternative<LiveWelcome>(*message));
    const LiveWelcome& w = std::get<LiveWelcome>(*message);
    CHECK(w.hearing.theme_title == "Buurtgerichte veiligheid");
    REQUIRE(w.hearing.questions.size() == 2);
    CHECK(w.hearing.questions[1].text == "Wat kan beter in de wijk?");
    CHECK(w.hearing.questions[1].budget_minutes == 25);
    REQUIRE(w.hearing.participants.size() == 2);
    CHECK(w.hearing.participants[1].name == "Joël Ĳzerman");
    CHECK_FALSE(w.hearing.participants[1].consent_named);
    CHECK(w.timer.running);
    CHECK(w.promoted == std::vector<std::string>{"NOTE-ONE", "NOTE-TWO"});
}

TEST_CASE("the bounded archive refuses a length the bytes cannot back before allocating", "[live]") {
    std::string text = "veiligheid";
    Bytes bytes = WritePortable(text);
    SECTION("one byte more than is left") {
        Bytes patched = PatchSizeTag(bytes, text, text.size(), text.size() + 1);
        BoundedBinaryInputArchive ar(patched);
        std::string back;
        CHECK_THROWS_AS(ar(back), ArchiveLengthError);
    }
    SECTION("a terabyte") {
        Bytes patched = PatchSizeTag(bytes, text, text.size(), uint64_t(1) << 40);
        BoundedBinaryInputArchive ar(patched);
        std::string back;
        CHECK_THROWS_AS(ar(back), ArchiveLengthError);
        CHECK(back.empty()); // refused before the string was resized
    }
    SECTION("exactly what is left is fine") {
        BoundedBinaryInputArchive ar(bytes);
        std::string back;
        ar(back);
        CHECK(back == text);
    }
    SECTION("truncated data") {
        bytes.pop_back();
        BoundedBinaryInputArchive ar(bytes);
        std::string back;
        CHECK_THROWS_AS(ar(back), ArchiveLengthError);
    }
    CHECK_THROWS_AS(BoundedBinaryInputArchive(Bytes{}), cereal::Exception);
}

TEST_CASE("live messages with hostile lengths are refused, not allocated", "[live]") {
    Bytes welcome = EncodeMessage(SampleWelcome());
    const uint64_t huge[] = {uint64_t(1) << 32, uint64_t(1) << 40, ~uint64_t(0)};
    for (uint64_t size : huge) {
        CAPTURE(size);
        // The count of the promoted list, one promoted note's length, and the participants' count.
        CHECK_FALSE(DecodeMessage(PatchSizeTag(welcome, std::string("\x08\0\0\0\0\0\0\0NOTE-ONE", 16), 2, size)));
        CHECK_FALSE(DecodeMessage(PatchSizeTag(welcome, "NOTE-TWO", 8, size)));
        CHECK_FALSE(DecodeMessage(PatchSizeTag(welcome, std::string("\x03\0\0\0\0\0\0\0p-1", 11), 2, size)));
    }
    LiveNoteVersion note;
    note.text = "Een melding over overlast aan het station";
    Bytes bytes = EncodeMessage(note);
    CHECK_FALSE(DecodeMessage(PatchSizeTag(bytes, note.text, note.text.size(), uint64_t(1) << 36)));
    // The unpatched messages still decode: the patches, not the encoding, were refused.
    CHECK(DecodeMessage(bytes));
    CHECK(DecodeMessage(welcome));
}
