#include "plan6/text/metric_lexicon.hpp"

namespace plan6::metric_lexicon {

bool is_measure_word(sv w) noexcept {
  return ends_with_any(w, measure_endings) || ends_with_any(w, measure_degrees);
}

bool is_verbal_noun(sv w) noexcept {
  // a few characters before the verbal noun make a compound (出展支援); more make a name
  return std::any_of(verbal_nouns.begin(), verbal_nouns.end(),
                     [w](sv v) { return ends_with(w, v) && w.size() - v.size() <= 4; });
}

bool is_light_verb(sv w) noexcept {
  return in(w, light_verbs);
}

bool is_person_word(sv w) noexcept {
  return ends_with_any(w, person_endings);
}

const unit_entry* counter_of(std::string_view unit) noexcept {
  const unit_entry* e = find_unit(unit);
  return e != nullptr && !e->measure.empty() ? e : nullptr;
}

bool generic_counter(std::string_view unit) noexcept {
  return unit == "cases" || unit == "times" || unit == "items" || unit.empty();
}

bool same_kind(sv w, std::string_view unit) noexcept {
  const unit_entry* e = counter_of(unit);
  return e != nullptr && std::any_of(e->kin.begin(), e->kin.end(),
                                     [w](sv k) { return !k.empty() && ends_with(w, k); });
}

}  // namespace plan6::metric_lexicon
