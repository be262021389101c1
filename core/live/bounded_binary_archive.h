// A cereal input archive that reads what cereal::PortableBinaryOutputArchive wrote, from a byte span,
// and refuses every length it cannot back with bytes.
//
// Why not cereal's own PortableBinaryInputArchive: its string and vector loaders resize the container
// to the length they just read (a 64-bit size tag) before reading the elements, so twenty bytes from
// a peer could make the reader allocate gigabytes. Here a size tag larger than the bytes still unread
// is an error before anything is allocated: every element of a string or byte vector takes at least
// one byte on the wire. Vectors of structs are bounded the same way, but cereal still allocates
// `count * sizeof(T)` up front; use LoadList (live_protocol.cpp) for those so memory grows only with
// bytes actually read.
#pragma once
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <type_traits>

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

namespace hd {

// A length read from the data is larger than what is left of it.
class ArchiveLengthError : public cereal::Exception {
  public:
    using cereal::Exception::Exception;
};

class BoundedBinaryInputArchive
    : public cereal::InputArchive<BoundedBinaryInputArchive, cereal::AllowEmptyClassElision> {
  public:
    // Reads the endianness byte PortableBinaryOutputArchive writes first; throws on empty input.
    explicit BoundedBinaryInputArchive(std::span<const uint8_t> data)
        : cereal::InputArchive<BoundedBinaryInputArchive, cereal::AllowEmptyClassElision>(this), m_data(data) {
        uint8_t stream_little_endian = 0;
        LoadBytes(&stream_little_endian, 1, 1);
        m_swap = (stream_little_endian != 0) != (std::endian::native == std::endian::little);
    }

    size_t Remaining() const { return m_data.size() - m_pos; }

    // Copies `size` bytes made of elements of `element_size` bytes, swapping each when the writer's
    // byte order differs from ours.
    void LoadBytes(void* out, size_t size, size_t element_size) {
        if (size > Remaining())
            throw cereal::Exception("Failed to read " + std::to_string(size) + " bytes: only " +
                                    std::to_string(Remaining()) + " left");
        std::memcpy(out, m_data.data() + m_pos, size);
        m_pos += size;
        if (m_swap && element_size > 1) {
            auto* p = static_cast<uint8_t*>(out);
            for (size_t i = 0; i + element_size <= size; i += element_size)
                for (size_t a = i, b = i + element_size - 1; a < b; ++a, --b) std::swap(p[a], p[b]);
        }
    }

    // A container of `count` elements needs at least `count` more bytes.
    void CheckLength(uint64_t count) const {
        if (count > Remaining())
            throw ArchiveLengthError("Length " + std::to_string(count) + " exceeds the " +
                                     std::to_string(Remaining()) + " bytes left");
    }

  private:
    std::span<const uint8_t> m_data;
    size_t m_pos = 0;
    bool m_swap = false;
};

// Found by argument-dependent lookup on the archive type.
template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, T& t) {
    static_assert(!std::is_floating_point_v<T> || std::numeric_limits<T>::is_iec559);
    ar.LoadBytes(std::addressof(t), sizeof(T), sizeof(T));
}

template <class T> void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::BinaryData<T>& bd) {
    using Element = std::remove_pointer_t<T>;
    ar.LoadBytes(const_cast<void*>(static_cast<const void*>(bd.data)), static_cast<size_t>(bd.size),
                 sizeof(Element));
}

template <class T> void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::NameValuePair<T>& t) {
    ar(t.value);
}

template <class T> void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::SizeTag<T>& t) {
    ar(t.size);
    ar.CheckLength(static_cast<uint64_t>(t.size));
}

} // namespace hd

// Enums load through cereal's minimal-load path, which asks which output archive matches this
// input archive. Only this direction is declared: PortableBinaryOutputArchive already names its
// own input archive.
namespace cereal::traits::detail {
template <> struct get_output_from_input<hd::BoundedBinaryInputArchive> {
    using type = cereal::PortableBinaryOutputArchive;
};
} // namespace cereal::traits::detail
