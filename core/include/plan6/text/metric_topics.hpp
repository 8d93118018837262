#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "plan6/text/metric_sentence.hpp"

/**
 * What a metric_sentence says around its number: the topics that frame it (Xは、 Xについては、
 * Xとして) and the objects (Xを…) that may name the subject of the number.
 */
namespace plan6 {

/** A phrase that may name the subject, and where it ends in the sentence. */
struct candidate {
  std::u32string name;
  std::size_t at = 0;      ///< the position of its marker (は, を…)
  bool strong = false;     ///< a は-topic: it governs the whole sentence
  bool purpose = false;    ///< Xに向け: it yields to a real object
  std::u32string measure;  ///< a topic that names a measure (相談件数は…1,250件)
};

/**
 * The topic phrases before `p`, nearest last: Xは、 Xでは Xについては (strong: they govern
 * the sentence), Xとして Xにおいて Xについて Xに向け (weak: they govern the rest of their
 * clause, or the sentence when a comma follows or they open it). A short clause before the
 * marker is the topic as a whole (空き店舗を活用した事業は).
 */
std::vector<candidate> topics_before(const metric_sentence& s, std::size_t p);

/** Whether the topic phrase ending at `at` is "X の <policy aim>" (環境調和型産業の振興). */
bool theme_at(const metric_sentence& s, std::size_t at);

/** Whether the verb after the object marker を at `wo` modifies a noun (…を活用した広報). */
bool attributive_after(const metric_sentence& s, std::size_t wo);

/**
 * The nearest object (…を) before `p` that names something: not itself counted
 * (実行委員会（2回）を開催), not a bare activity. Objects of the sentence before count only for
 * an aside after it (…を行いました。（参加者…）). An empty candidate when there is none.
 */
candidate object_before(const metric_sentence& s, std::size_t p);

}  // namespace plan6
