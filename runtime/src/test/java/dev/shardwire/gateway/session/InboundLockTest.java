package dev.shardwire.gateway.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The inbound stream's lock is checked, not kept by convention. */
class InboundLockTest {

  @Test
  void touchingTheInboundStreamWithoutTheLockIsRefusedAndNamesTheShardAndThread() {
    InboundLock lock = new InboundLock(7);
    IllegalStateException refused = assertThrows(IllegalStateException.class, lock::checkHeld);
    assertEquals("shard 7: inbound stream touched on " + Thread.currentThread().getName() + " without its lock",
        refused.getMessage());
    synchronized (lock) {
      assertDoesNotThrow(lock::checkHeld);
    }
  }

  @Test
  void anotherThreadHoldingItDoesNotCount() throws Exception {
    InboundLock lock = new InboundLock(0);
    synchronized (lock) {
      Throwable[] seen = new Throwable[1];
      Thread other = new Thread(() -> seen[0] = assertThrows(IllegalStateException.class, lock::checkHeld));
      other.start();
      other.join();
      assertEquals(IllegalStateException.class, seen[0].getClass());
    }
  }
}
