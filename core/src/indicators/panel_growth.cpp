#include "plan6/indicators/panel_growth.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <stdexcept>
#include <vector>
#if defined(__linux__)
#  include <sys/mman.h>
#endif

#include <fmt/format.h>

#include "plan6/indicators/cagr.hpp"
#include "plan6/indicators/growth.hpp"
#include "plan6/indicators/undefined_reason.hpp"

namespace plan6 {
namespace {

// Table slots hold the value's bits, or one of two markers. Both markers are NaN patterns
// that no input can reach the table with, because NaN inputs are stored as the canonical
// quiet NaN; and being NaNs, they make the branch-free growth NaN by themselves.
using bits_t = std::uint64_t;
constexpr bits_t empty_slot = ~bits_t{0};
constexpr bits_t duplicate_slot = ~bits_t{0} - 1;
constexpr bits_t canonical_nan = 0x7FF8000000000000ULL;

inline bits_t to_bits(double v) noexcept {
  bits_t b;
  std::memcpy(&b, &v, sizeof b);
  return b;
}

inline double from_bits(bits_t b) noexcept {
  double v;
  std::memcpy(&v, &b, sizeof v);
  return v;
}

// Rows come in random (id, year) order, so every table access is a cache miss; asking for the
// slot of a row some way ahead lets several misses overlap instead of queueing.
constexpr Eigen::Index prefetch_distance = 24;

// Write = 1 to prefetch for writing, 0 for reading; no temporal locality (each slot once).
template <int Write>
inline void prefetch(const void* p) noexcept {
#if defined(__GNUC__)
  __builtin_prefetch(p, Write, 0);
#else
  (void)p;
#endif
}

inline bits_t stored_bits(double v) noexcept {
  return v == v ? to_bits(v) : canonical_nan;
}

// Large scratch buffers, uninitialised, on transparent huge pages where the kernel allows it:
// the scatter and gather passes touch the table at random, and 2 MiB pages spare the TLB.
struct free_deleter {
  void operator()(void* p) const noexcept { std::free(p); }
};
template <typename T>
using buffer = std::unique_ptr<T[], free_deleter>;

template <typename T>
buffer<T> allocate(std::size_t count) {
  constexpr std::size_t huge = std::size_t{2} << 20;
  const std::size_t bytes = std::max<std::size_t>(count * sizeof(T), sizeof(T));
  void* p = nullptr;
  if (bytes >= huge) {
    const std::size_t rounded = (bytes + huge - 1) / huge * huge;
    p = std::aligned_alloc(huge, rounded);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (p != nullptr) madvise(p, rounded, MADV_HUGEPAGE);
#endif
  } else {
    p = std::malloc(bytes);
  }
  if (p == nullptr) throw std::bad_alloc();
  return buffer<T>(static_cast<T*>(p));
}

// Walks one indicator's present (id, year) keys in increasing year order and gives each its
// growth. Shared by the dense table pass and the sorted pass so that both follow one policy.
class growth_walker {
 public:
  explicit growth_walker(gap_policy gaps) : gaps_(gaps) {}

  void reset() noexcept { prev_ = empty_slot; }

  // `cur` is the slot's bits (a value or duplicate_slot), `year` its year. Writes the value,
  // and the reason when `why` is not null.
  void step(bits_t cur, std::int64_t year, double& value, std::uint8_t* why) noexcept {
    // Years arrive in increasing order, so the unsigned difference is the true span.
    const std::uint64_t span =
        static_cast<std::uint64_t>(year) - static_cast<std::uint64_t>(prev_year_);
    bits_t prior = prev_;
    if (gaps_ == gap_policy::strict && span != 1) prior = empty_slot;
    const double c = from_bits(cur);
    const double p = from_bits(prior);
    if (gaps_ == gap_policy::strict || span == 1 || prior == empty_slot) {
      value = growth_value(c, p);  // NaN by itself for markers and missing priors
    } else {
      value = cur == duplicate_slot || prior == duplicate_slot
                  ? lanes::nan
                  : cagr(p, c, static_cast<double>(span)).value;
    }
    if (why != nullptr) *why = static_cast<std::uint8_t>(reason(cur, prior, span));
    // Strict: any present row is the next one's candidate. Previous-available: only rows
    // with a value (or a duplicate, which makes the next comparison ambiguous).
    if (gaps_ == gap_policy::strict || cur == duplicate_slot || c == c) {
      prev_ = cur;
      prev_year_ = year;
    }
  }

 private:
  static undefined_reason reason(bits_t cur, bits_t prior, std::uint64_t span) noexcept {
    if (cur == duplicate_slot) return undefined_reason::duplicate_key;
    const double c = from_bits(cur);
    if (std::isnan(c)) return undefined_reason::missing_input;
    if (std::isinf(c)) return undefined_reason::infinite_input;
    if (prior == empty_slot) return undefined_reason::missing_prior_year;
    if (prior == duplicate_slot) return undefined_reason::duplicate_key;
    const double p = from_bits(prior);
    return span == 1 ? growth(c, p).reason : cagr(p, c, static_cast<double>(span)).reason;
  }

  gap_policy gaps_;
  bits_t prev_ = empty_slot;
  std::int64_t prev_year_ = 0;
};

// Open-addressing hash that renumbers ids 0, 1, 2… in order of appearance; gives up (returns
// false) once more than `max_codes` distinct ids are seen, so its memory stays bounded.
template <typename Id, typename Skipped>
bool factorize(integer_view<Id> ids, Skipped skipped, std::size_t max_codes,
               std::vector<std::uint32_t>& codes, std::size_t& distinct) {
  std::size_t capacity = 1024;
  std::vector<std::int64_t> keys(capacity);
  std::vector<std::uint32_t> slots(capacity, std::numeric_limits<std::uint32_t>::max());
  constexpr std::uint32_t empty = std::numeric_limits<std::uint32_t>::max();
  const auto hash = [](std::int64_t key, std::size_t mask) {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ULL) >>
                                    17) &
           mask;
  };
  distinct = 0;
  codes.assign(static_cast<std::size_t>(ids.size), 0);
  for (Eigen::Index i = 0; i < ids.size; ++i) {
    if (skipped(i)) continue;
    const auto key = static_cast<std::int64_t>(ids[i]);
    std::size_t mask = capacity - 1;
    std::size_t h = hash(key, mask);
    while (slots[h] != empty && keys[h] != key)
      h = (h + 1) & mask;
    if (slots[h] == empty) {
      if (distinct >= max_codes) return false;
      if (2 * (distinct + 1) > capacity) {  // keep the load under one half
        std::vector<std::int64_t> old_keys(capacity * 2);
        std::vector<std::uint32_t> old_slots(capacity * 2, empty);
        old_keys.swap(keys);
        old_slots.swap(slots);
        capacity *= 2;
        mask = capacity - 1;
        for (std::size_t j = 0; j < old_slots.size(); ++j) {
          if (old_slots[j] == empty) continue;
          std::size_t g = hash(old_keys[j], mask);
          while (slots[g] != empty)
            g = (g + 1) & mask;
          keys[g] = old_keys[j];
          slots[g] = old_slots[j];
        }
        h = hash(key, mask);
        while (slots[h] != empty)
          h = (h + 1) & mask;
      }
      keys[h] = key;
      slots[h] = static_cast<std::uint32_t>(distinct++);
    }
    codes[static_cast<std::size_t>(i)] = slots[h];
  }
  return true;
}

// The O(n) path: scatter into a table over (group, year) slots, compute in place, gather.
template <typename Slot, typename Skipped>
void run_dense(Eigen::Index n, std::uint64_t groups, std::uint64_t year_span, Slot slot,
               Skipped skipped, const_vector_view values, gap_policy gaps, vector_view out,
               reason_view reasons, panel_growth_info& info) {
  const std::uint64_t key_space = groups * year_span;
  const bool want_reasons = reasons.size() == n;
  auto table = allocate<bits_t>(key_space);
  std::fill_n(table.get(), key_space, empty_slot);

  std::int64_t duplicates = 0;
  bits_t* t = table.get();
  const Eigen::Index lead = std::max<Eigen::Index>(n - prefetch_distance, 0);
  for (Eigen::Index i = 0; i < n; ++i) {
    if (i < lead && !skipped(i + prefetch_distance)) {
      prefetch<1>(t + slot(i + prefetch_distance));
    }
    if (skipped(i)) continue;
    const std::uint64_t k = slot(i);
    const bits_t old = t[k];
    t[k] = old == empty_slot ? stored_bits(values[i]) : duplicate_slot;
    // The first collision on a slot makes two duplicate rows, each further one more.
    duplicates += static_cast<std::int64_t>(old != empty_slot) +
                  static_cast<std::int64_t>(old != empty_slot && old != duplicate_slot);
  }

  buffer<std::uint8_t> reason_table;
  if (want_reasons) reason_table = allocate<std::uint8_t>(key_space);
  growth_walker walker(gaps);
  for (std::uint64_t g = 0; g < groups; ++g) {
    bits_t* row = t + g * year_span;
    std::uint8_t* why = want_reasons ? reason_table.get() + g * year_span : nullptr;
    walker.reset();
    for (std::uint64_t y = 0; y < year_span; ++y) {
      const bits_t cur = row[y];
      if (cur == empty_slot) continue;
      double value;
      walker.step(cur, static_cast<std::int64_t>(y), value, why != nullptr ? why + y : nullptr);
      row[y] = to_bits(value);
    }
  }

  double* dst = out.data();
  for (Eigen::Index i = 0; i < n; ++i) {
    if (i < lead && !skipped(i + prefetch_distance)) {
      const std::uint64_t ahead = slot(i + prefetch_distance);
      prefetch<0>(t + ahead);
      if (want_reasons) prefetch<0>(reason_table.get() + ahead);
    }
    if (skipped(i)) {
      dst[i] = lanes::nan;
      if (want_reasons) reasons[i] = static_cast<std::uint8_t>(undefined_reason::missing_input);
      continue;
    }
    const std::uint64_t k = slot(i);
    dst[i] = from_bits(t[k]);
    if (want_reasons) reasons[i] = reason_table[k];
  }
  info.method = panel_method::dense;
  info.key_space = static_cast<std::int64_t>(key_space);
  info.duplicates = duplicates;
}

// The O(n log n) path for sparse keys: sort the rows by (id, year) and walk each id's years.
template <typename Id, typename Year, typename Skipped>
void run_sorted(integer_view<Id> ids, integer_view<Year> years, Skipped skipped,
                const_vector_view values, gap_policy gaps, vector_view out, reason_view reasons,
                panel_growth_info& info) {
  struct entry {
    std::int64_t id;
    std::int64_t year;
    std::int64_t row;
  };
  const Eigen::Index n = values.size();
  const bool want_reasons = reasons.size() == n;
  std::vector<entry> rows;
  rows.reserve(static_cast<std::size_t>(n));
  double* dst = out.data();
  for (Eigen::Index i = 0; i < n; ++i) {
    if (skipped(i)) {
      dst[i] = lanes::nan;
      if (want_reasons) reasons[i] = static_cast<std::uint8_t>(undefined_reason::missing_input);
      continue;
    }
    rows.push_back({static_cast<std::int64_t>(ids[i]), static_cast<std::int64_t>(years[i]), i});
  }
  std::sort(rows.begin(), rows.end(), [](const entry& a, const entry& b) {
    return a.id != b.id ? a.id < b.id : (a.year != b.year ? a.year < b.year : a.row < b.row);
  });

  growth_walker walker(gaps);
  std::int64_t duplicates = 0;
  std::size_t start = 0;
  while (start < rows.size()) {
    std::size_t end = start + 1;
    while (end < rows.size() && rows[end].id == rows[start].id &&
           rows[end].year == rows[start].year) {
      ++end;
    }
    if (start == 0 || rows[start - 1].id != rows[start].id) walker.reset();
    const bool duplicated = end - start > 1;
    if (duplicated) duplicates += static_cast<std::int64_t>(end - start);
    const bits_t cur = duplicated ? duplicate_slot : stored_bits(values[rows[start].row]);
    double value;
    std::uint8_t why = 0;
    walker.step(cur, rows[start].year, value, want_reasons ? &why : nullptr);
    for (std::size_t j = start; j < end; ++j) {
      dst[rows[j].row] = value;
      if (want_reasons) reasons[rows[j].row] = why;
    }
    start = end;
  }
  info.method = panel_method::sort;
  info.key_space = 0;
  info.duplicates = duplicates;
}

template <typename T>
std::uint64_t as_unsigned(T v) noexcept {
  return static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
}

// The key space: the spans of ids and years over the rows taken part; `any` is false when
// every row is skipped.
struct key_bounds {
  bool any = false;
  std::int64_t id_min = 0, id_max = 0, year_min = 0, year_max = 0;
};

template <typename Id, typename Year, typename Skipped>
key_bounds bounds_of(integer_view<Id> ids, integer_view<Year> years, const Skipped& skipped) {
  key_bounds k;
  for (Eigen::Index i = 0; i < ids.size; ++i) {
    if (skipped(i)) continue;
    const auto id = static_cast<std::int64_t>(ids[i]);
    const auto year = static_cast<std::int64_t>(years[i]);
    if (!k.any) {
      k.id_min = k.id_max = id;
      k.year_min = k.year_max = year;
      k.any = true;
    }
    k.id_min = std::min(k.id_min, id);
    k.id_max = std::max(k.id_max, id);
    k.year_min = std::min(k.year_min, year);
    k.year_max = std::max(k.year_max, year);
  }
  return k;
}

}  // namespace

template <typename Id, typename Year>
panel_growth_info panel_growth(integer_view<Id> ids, integer_view<Year> years,
                               const_vector_view values, integer_view<std::uint8_t> skip,
                               gap_policy gaps, panel_method method, vector_view out,
                               reason_view reasons) {
  const Eigen::Index n = values.size();
  if (ids.size != n || years.size != n) {
    throw std::invalid_argument(
        fmt::format("ids has {} values, years has {} and values has {}: lengths must match",
                    ids.size, years.size, n));
  }
  if (skip.size != 0 && skip.size != n) {
    throw std::invalid_argument(fmt::format("skip has {} flags for {} rows", skip.size, n));
  }
  if (out.size() != n) {
    throw std::invalid_argument(fmt::format("the output has {} slots for {} rows", out.size(), n));
  }
  wants_reasons(reasons, n);  // throws for a reason buffer of another size
  const bool has_skip = skip.size == n;
  const auto skipped = [&](Eigen::Index i) { return has_skip && skip[i] != 0; };

  const key_bounds k = bounds_of(ids, years, skipped);
  panel_growth_info info;
  if (!k.any) {
    for (Eigen::Index i = 0; i < n; ++i) {
      out[i] = lanes::nan;
      if (reasons.size() == n) {
        reasons[i] = static_cast<std::uint8_t>(undefined_reason::missing_input);
      }
    }
    info.method = method == panel_method::sort ? panel_method::sort : panel_method::dense;
    return info;
  }

  // At most about two table slots per row: the table (8 bytes a slot) then costs no more
  // than the ids, years and values it is built from.
  const std::uint64_t budget = 2 * static_cast<std::uint64_t>(n) + 65536;
  const std::uint64_t id_diff = as_unsigned(k.id_max) - as_unsigned(k.id_min);
  const std::uint64_t year_diff = as_unsigned(k.year_max) - as_unsigned(k.year_min);
  const bool years_fit = year_diff < budget;
  const std::uint64_t year_span = years_fit ? year_diff + 1 : 0;
  const bool direct = years_fit && id_diff < budget && id_diff + 1 <= budget / year_span;

  if (method == panel_method::sort || (!years_fit && method == panel_method::automatic)) {
    run_sorted(ids, years, skipped, values, gaps, out, reasons, info);
    return info;
  }
  if (!years_fit) {
    throw std::invalid_argument(
        fmt::format("years span {} to {}: too sparse for the dense method; use method='sort'",
                    k.year_min, k.year_max));
  }
  if (direct) {
    const auto slot = [&](Eigen::Index i) {
      return (as_unsigned(ids[i]) - as_unsigned(k.id_min)) * year_span +
             (as_unsigned(years[i]) - as_unsigned(k.year_min));
    };
    run_dense(n, id_diff + 1, year_span, slot, skipped, values, gaps, out, reasons, info);
    return info;
  }
  // Ids spread thinly (codes such as 10101, 20305): renumber them, if that makes it dense.
  std::vector<std::uint32_t> codes;
  std::size_t distinct = 0;
  const std::size_t max_codes = static_cast<std::size_t>(
      std::min<std::uint64_t>(budget / year_span, std::numeric_limits<std::uint32_t>::max() - 1));
  if (factorize(ids, skipped, max_codes, codes, distinct)) {
    const auto slot = [&](Eigen::Index i) {
      return static_cast<std::uint64_t>(codes[static_cast<std::size_t>(i)]) * year_span +
             (as_unsigned(years[i]) - as_unsigned(k.year_min));
    };
    run_dense(n, distinct, year_span, slot, skipped, values, gaps, out, reasons, info);
    info.factorized_ids = true;
    return info;
  }
  if (method == panel_method::dense) {
    throw std::invalid_argument(
        fmt::format("the (id, year) key space is too sparse for the dense method ({} rows); use "
                    "method='sort'",
                    n));
  }
  codes = {};
  run_sorted(ids, years, skipped, values, gaps, out, reasons, info);
  return info;
}

#define PLAN6_PANEL_GROWTH(Id, Year)                                                       \
  template panel_growth_info panel_growth<Id, Year>(                                       \
      integer_view<Id>, integer_view<Year>, const_vector_view, integer_view<std::uint8_t>, \
      gap_policy, panel_method, vector_view, reason_view);
PLAN6_PANEL_GROWTH(std::int32_t, std::int32_t)
PLAN6_PANEL_GROWTH(std::int32_t, std::int64_t)
PLAN6_PANEL_GROWTH(std::int64_t, std::int32_t)
PLAN6_PANEL_GROWTH(std::int64_t, std::int64_t)
#undef PLAN6_PANEL_GROWTH

}  // namespace plan6
