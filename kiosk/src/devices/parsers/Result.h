#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace kiroku::kiosk::devices {

/// The error half of a Result, so that `return Failure{error};` reads as what it is.
template <typename E> struct Failure { E error; };
template <typename E> Failure(E) -> Failure<E>;

/// Value type for results that carry no value.
struct Done {
    friend bool operator==(Done, Done) = default;
};

/// A value or an error, never both (std::expected arrives with C++23). Nothing in the device layer
/// throws: results travel back to the UI thread as values.
template <typename T, typename E> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<E> failure) : m_state(std::in_place_index<1>, std::move(failure.error)) {}

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    /// The value; only valid when ok().
    [[nodiscard]] const T& value() const& {
        assert(ok());
        return *std::get_if<0>(&m_state);
    }
    [[nodiscard]] T& value() & {
        assert(ok());
        return *std::get_if<0>(&m_state);
    }
    [[nodiscard]] T&& value() && {
        assert(ok());
        return std::move(*std::get_if<0>(&m_state));
    }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }

    /// The error; only valid when !ok().
    [[nodiscard]] const E& error() const& {
        assert(!ok());
        return *std::get_if<1>(&m_state);
    }
    [[nodiscard]] E&& error() && {
        assert(!ok());
        return std::move(*std::get_if<1>(&m_state));
    }

private:
    std::variant<T, E> m_state;
};

} // namespace kiroku::kiosk::devices
