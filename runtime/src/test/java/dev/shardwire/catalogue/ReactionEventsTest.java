package dev.shardwire.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.message.ShardwireEventTable;
import org.junit.jupiter.api.Test;

/** A listener of MessageReactionEvent hears reactions added and removed, as hikari's ReactionEvent. */
class ReactionEventsTest {

  @Test
  void addedAndRemovedReactionsDispatchToTheReactionBase() {
    assertTrue(ShardwireEventTable.MESSAGE_REACTION_ADD_EVENT.dispatchesTo(ShardwireEventTable.MESSAGE_REACTION_EVENT));
    assertTrue(ShardwireEventTable.MESSAGE_REACTION_REMOVE_EVENT.dispatchesTo(ShardwireEventTable.MESSAGE_REACTION_EVENT));
    assertTrue(ShardwireEventTable.MESSAGE_REACTION_EVENT.dispatchesTo(ShardwireEventTable.MESSAGE_EVENT));
  }
}
