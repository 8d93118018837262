#include "plan6/report/rate_checks.hpp"

#include <cmath>

#include <fmt/format.h>

#include "plan6/common/characters.hpp"
#include "plan6/common/utf8.hpp"

namespace plan6 {
namespace {

using sv = std::u32string_view;

// Decimal places written in a number (91.5 → 1).
int decimals(sv written) {
  const std::size_t point = written.find_first_of(U".．");
  if (point == sv::npos) return 0;
  int d = 0;
  for (std::size_t p = point + 1; p < written.size() && digit_value(written[p]) >= 0; ++p)
    ++d;
  return d;
}

bool numeric(const table_fact& f) {
  return !f.qualitative && !std::isnan(f.value);
}

}  // namespace

void check_printed_rate(sv document, const table_fact& rate, const table_fact& actual,
                        const table_fact& target, std::vector<table_check>& checks) {
  if (target.value == 0 || actual.value == 0) return;
  const double printed = rate.value;
  const double higher = 100.0 * actual.value / target.value;
  const double lower = 100.0 * target.value / actual.value;
  const double tolerance =
      std::pow(10.0, -decimals(document.substr(rate.start, rate.end - rate.start)));
  if (std::fabs(printed - higher) < tolerance || std::fabs(printed - lower) < tolerance) return;
  table_check c;
  c.kind = "attainment_rate";
  c.start = rate.start;
  c.end = rate.end;
  c.printed = printed;
  c.computed = higher;
  c.message = fmt::format("{}: printed attainment {} % but actual / target is {:.1f} % ({} / {})",
                          encode_utf8(actual.metric), printed, higher, actual.value, target.value);
  checks.push_back(std::move(c));
}

void check_year_rates(sv document, const std::vector<table_fact>& facts,
                      std::vector<table_check>& checks) {
  for (const table_fact& rate : facts) {
    if (rate.role != value_role::rate || !numeric(rate) || rate.fiscal_year == 0) continue;
    const table_fact* actual = nullptr;
    const table_fact* target = nullptr;
    for (const table_fact& f : facts) {
      if (f.grid != rate.grid || f.fiscal_year != rate.fiscal_year || f.metric != rate.metric ||
          !numeric(f))
        continue;
      if (f.role == value_role::actual && actual == nullptr) actual = &f;
      if (f.role == value_role::changed_target ||
          (f.role == value_role::target && target == nullptr))
        target = &f;
    }
    if (actual != nullptr && target != nullptr)
      check_printed_rate(document, rate, *actual, *target, checks);
  }
}

}  // namespace plan6
