package dev.shardwire.redis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the previous writer of a session counts as a live process: its connection used lately. */
class SessionOwnersTest {

  private static String clientLine(String idle) {
    return "id=7 addr=127.0.0.1:52114 laddr=127.0.0.1:6379 fd=9 name= age=312 idle=" + idle
        + " flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 cmd=evalsha user=default\n";
  }

  @Test
  void aConnectionUsedWithinTenSecondsIsALiveProcess() {
    assertTrue(SessionOwners.recentlyActive(clientLine("0")));
    assertTrue(SessionOwners.recentlyActive(clientLine("10")));
  }

  @Test
  void anIdleConnectionOrNoneIsNot() {
    // A host that died leaves its connection open in Redis, idle, until TCP keepalive notices.
    assertFalse(SessionOwners.recentlyActive(clientLine("11")));
    assertFalse(SessionOwners.recentlyActive(clientLine("290")));
    assertFalse(SessionOwners.recentlyActive(""));
    assertFalse(SessionOwners.recentlyActive("id=7 age=3 maxidle=0\n"));
  }
}
