#include "plan6/calendar/calendar_arrays.hpp"

#include <array>
#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>

#include "plan6/calendar/dates.hpp"
#include "plan6/calendar/japanese_era.hpp"

namespace plan6 {
namespace {

/** Ticks per day known at compile time, so that the division becomes a multiplication. */
template <std::int64_t PerDay>
struct fixed_unit {
  static constexpr std::int64_t per_day() noexcept { return PerDay; }
};

/** Any other unit (a multiple such as datetime64[10ms]). */
struct runtime_unit {
  std::int64_t value;
  std::int64_t per_day() const noexcept { return value; }
};

template <typename Unit>
epoch_days floor_days(std::int64_t ticks, const Unit& unit) noexcept {
  if constexpr (std::is_same_v<Unit, fixed_unit<1>>) {
    return ticks;
  } else {
    const std::int64_t per_day = unit.per_day();
    const std::int64_t quotient = ticks / per_day;
    return quotient - (ticks % per_day < 0 ? 1 : 0);
  }
}

/** The day in range, so that the arithmetic below never overflows on a bad value. */
epoch_days clamp_day(epoch_days days) noexcept {
  return days < min_epoch_days ? min_epoch_days : days > max_epoch_days ? max_epoch_days : days;
}

/**
 * The shared loop: `value(days, civil)` for each tick, NaT masked, days out of range flagged
 * (and reported after the loop, which keeps the loop free of branches that leave it).
 */
template <bool Contiguous, typename Unit, typename Value, typename Out>
bool run(const tick_array& ticks, const Unit& unit, Value value, Out* out, bool* missing) {
  const std::int64_t* data = ticks.data;
  const std::ptrdiff_t stride = Contiguous ? 1 : ticks.stride;
  bool out_of_range = false;
  for (std::size_t i = 0; i < ticks.size; ++i) {
    const std::int64_t t = data[static_cast<std::ptrdiff_t>(i) * stride];
    const bool nat = t == not_a_time;
    const epoch_days raw = floor_days(nat ? 0 : t, unit);
    out_of_range |= (raw < min_epoch_days) | (raw > max_epoch_days);
    const epoch_days days = clamp_day(raw);
    const Out v = value(days, civil_from_epoch_days_unchecked(days));
    out[i] = nat ? Out{0} : v;
    if (missing != nullptr) missing[i] = nat;
  }
  return out_of_range;
}

/** The first position whose day is outside 1400–9999, as an exception. */
template <typename Unit>
[[noreturn]] void throw_first_out_of_range(const tick_array& ticks, const Unit& unit) {
  for (std::size_t i = 0; i < ticks.size; ++i) {
    const std::int64_t t = ticks.data[static_cast<std::ptrdiff_t>(i) * ticks.stride];
    if (t == not_a_time) continue;
    const epoch_days days = floor_days(t, unit);
    if (days < min_epoch_days || days > max_epoch_days) {
      throw std::out_of_range(fmt::format("dates[{}]: {} is outside the supported years 1400-9999",
                                          i, describe_epoch_day(days)));
    }
  }
  throw std::logic_error("a day out of range was flagged but not found");
}

/** Calls `body(unit)` with the unit of `ticks`, fixed at compile time when it is common. */
template <typename Body>
void with_unit(const tick_array& ticks, Body body) {
  constexpr std::int64_t second = 86400;
  switch (ticks.ticks_per_day) {
    case 1:
      return body(fixed_unit<1>{});
    case second:
      return body(fixed_unit<second>{});
    case second * 1000:
      return body(fixed_unit<second * 1000>{});
    case second * 1000'000:
      return body(fixed_unit<second * 1000'000>{});
    case second * 1000'000'000:
      return body(fixed_unit<second * 1000'000'000>{});
    default:
      if (ticks.ticks_per_day < 1) {
        throw std::invalid_argument(
            fmt::format("ticks_per_day must be at least 1, not {}", ticks.ticks_per_day));
      }
      return body(runtime_unit{ticks.ticks_per_day});
  }
}

template <typename Unit, typename Value, typename Out>
void run_any_stride(const tick_array& ticks, const Unit& unit, Value value, Out* out,
                    bool* missing) {
  const bool bad = ticks.stride == 1 ? run<true>(ticks, unit, value, out, missing)
                                     : run<false>(ticks, unit, value, out, missing);
  if (bad) throw_first_out_of_range(ticks, unit);
}

}  // namespace

void fiscal_fields(const tick_array& ticks, const fiscal_calendar& calendar, fiscal_field field,
                   std::int64_t* out, bool* missing) {
  const int start_month = calendar.start_month();
  const int start_day = calendar.start_day();
  // Month and day as one key: a day is on or after the start when its key is not smaller.
  const int start_key = start_month * 32 + start_day;
  const int year_offset = calendar.fiscal_year(make_date(2001, start_month, start_day)) - 2001;
  const auto start_year = [=](const civil_date& c) {
    return c.year - (c.month * 32 + c.day < start_key ? 1 : 0);
  };
  const auto month = [=](const civil_date& c) {
    int months = c.month - start_month - (c.day < start_day ? 1 : 0);
    months += months < 0 ? 12 : 0;
    return months + 1;
  };
  with_unit(ticks, [&](const auto& unit) {
    switch (field) {
      case fiscal_field::year:
        return run_any_stride(
            ticks, unit,
            [=](epoch_days, const civil_date& c) -> std::int64_t {
              return start_year(c) + year_offset;
            },
            out, missing);
      case fiscal_field::quarter:
        return run_any_stride(
            ticks, unit,
            [=](epoch_days, const civil_date& c) -> std::int64_t { return (month(c) + 2) / 3; },
            out, missing);
      case fiscal_field::month:
        return run_any_stride(
            ticks, unit, [=](epoch_days, const civil_date& c) -> std::int64_t { return month(c); },
            out, missing);
      case fiscal_field::day_of_year:
        return run_any_stride(
            ticks, unit,
            [=](epoch_days days, const civil_date& c) -> std::int64_t {
              return days - epoch_days_from_civil(start_year(c), start_month, start_day) + 1;
            },
            out, missing);
    }
  });
}

void era_years(const tick_array& ticks, std::int8_t* eras, std::int32_t* years) {
  const auto& table = japanese_eras();
  std::array<epoch_days, 5> starts{};
  std::array<int, 5> first_years{};
  static_assert(std::tuple_size_v<std::decay_t<decltype(table)>> == 5);
  for (std::size_t i = 0; i < table.size(); ++i) {
    starts[i] =
        epoch_days_from_civil(table[i].first_year, table[i].first_month, table[i].first_day);
    first_years[i] = table[i].first_year;
  }
  const auto era_of = [&](epoch_days days) {
    // The number of first days on or before the day, less one: -1 before 明治.
    int index = -1;
    for (const epoch_days start : starts)
      index += days >= start ? 1 : 0;
    return index;
  };
  with_unit(ticks, [&](const auto& unit) {
    bool out_of_range = false;
    bool before_meiji = false;
    for (std::size_t i = 0; i < ticks.size; ++i) {
      const std::int64_t t = ticks.data[static_cast<std::ptrdiff_t>(i) * ticks.stride];
      const bool nat = t == not_a_time;
      const epoch_days raw = floor_days(nat ? 0 : t, unit);
      out_of_range |= (raw < min_epoch_days) | (raw > max_epoch_days);
      const epoch_days days = clamp_day(raw);
      const int index = era_of(days);
      before_meiji |= !nat && index < 0;
      const int year = civil_from_epoch_days_unchecked(days).year -
                       first_years[static_cast<std::size_t>(index < 0 ? 0 : index)] + 1;
      eras[i] = static_cast<std::int8_t>(nat ? -1 : index);
      years[i] = nat ? 0 : year;
    }
    if (out_of_range) throw_first_out_of_range(ticks, unit);
    if (!before_meiji) return;
    for (std::size_t i = 0; i < ticks.size; ++i) {
      if (eras[i] < 0 && ticks.data[static_cast<std::ptrdiff_t>(i) * ticks.stride] != not_a_time) {
        const epoch_days days =
            floor_days(ticks.data[static_cast<std::ptrdiff_t>(i) * ticks.stride], unit);
        throw std::out_of_range(
            fmt::format("dates[{}]: {} is before the Meiji era (明治, from 1868-10-23)", i,
                        iso_date(date_from_epoch_days(days))));
      }
    }
  });
}

}  // namespace plan6
