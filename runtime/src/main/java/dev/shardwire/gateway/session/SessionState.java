package dev.shardwire.gateway.session;

import dev.shardwire.gateway.SessionStore;
import java.net.URI;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a shard must remember to resume: the session id and resume URL that READY gave, and the
 * sequence number of the last dispatch received. Whether the next connection resumes or
 * identifies is decided here ({@link #canResume()}), and so is what a dispatch's sequence number
 * means ({@link #accept}).
 *
 * <p><b>Sequence policy.</b> The sequence number sent in heartbeats and RESUME is never moved by
 * one frame alone by more than one:
 *
 * <ul>
 *   <li>{@code s} one past the last: the next dispatch; delivered, and the sequence moves to it.
 *   <li>{@code s} at or below the last: already received (a replay overlapping what the shard had);
 *       skipped, so the sink never sees a dispatch twice.
 *   <li>{@code s} further ahead, by at most {@link #MAX_SEQUENCE_JUMP}: a gap; logged and
 *       delivered, but the sequence moves to it only once the next dispatch continues from it
 *       ({@code s + 1}). A real gap is confirmed by the very next dispatch; a stray number is not,
 *       and the dispatches that follow the last one are still delivered. Either way the number is
 *       remembered as delivered until the sequence passes it: sent again, or reached by the stream
 *       itself (in turn, or in a RESUME's replay), it is not delivered a second time.
 *   <li>{@code s} more than {@link #MAX_SEQUENCE_JUMP} ahead: more dispatches than a session
 *       produces in hours, skipped over in one frame. It is malformed: reported, not delivered,
 *       and the sequence stays.
 * </ul>
 *
 * READY and RESUMED belong to the connection, not the stream: they are always delivered, and move
 * the sequence only as a next dispatch does. READY starts a new session, so the numbering starts
 * anew with it ({@link #begin}), also when it answers a RESUME.
 *
 * <p>Part of the inbound stream: guarded by the shard's inbound lock ({@link ShardContext#inbound}),
 * under which the read thread accepts dispatches and READY and the executor reads it for RESUME or
 * resets it; {@link #sequence()} is volatile, so heartbeats and the public getter read it without
 * the lock.
 */
public final class SessionState {

  /**
   * The furthest a dispatch's sequence number may jump ahead of the last one: 100,000, about an
   * hour of a busy shard's events, where Discord never skips any.
   */
  static final long MAX_SEQUENCE_JUMP = 100_000;

  /**
   * How many numbers delivered ahead of the sequence are remembered at most; past that the lowest
   * is forgotten. Discord never sends one: a thousand outstanding is a gateway gone wrong.
   */
  static final int MAX_AHEAD_REMEMBERED = 1_000;

  /** What {@link #accept} made of a dispatch's sequence number. */
  enum Verdict {
    /** One past the last. */
    NEXT,
    /** Further ahead than the next, within {@link #MAX_SEQUENCE_JUMP}: delivered. */
    GAP,
    /** At or below the last: not delivered again. */
    ALREADY_RECEIVED,
    /** More than {@link #MAX_SEQUENCE_JUMP} ahead: malformed, not delivered. */
    ABSURD,
    /** A handshake dispatch, or one without a sequence number: delivered, the sequence unchanged. */
    UNNUMBERED;

    /** Whether the dispatch is delivered. */
    boolean delivers() {
      return this != ALREADY_RECEIVED && this != ABSURD;
    }
  }

  private final SessionRecorder recorder;
  private String sessionId;
  private URI resumeUri;
  private volatile long sequence;
  /** A gap's sequence number, delivered but not confirmed by a next dispatch yet; 0 when none. */
  private long unconfirmedJump;
  /** The numbers above {@link #sequence} delivered already (gaps), never delivered again. */
  private final TreeSet<Long> deliveredAhead = new TreeSet<>();

  SessionState() {
    this(SessionRecorder.NONE);
  }

  /** A session state that keeps its {@link SessionStore} up to date through {@code recorder}. */
  public SessionState(SessionRecorder recorder) {
    this.recorder = recorder;
  }

  /** Takes the stored session, if one is fresh enough, so that the first connection RESUMEs it. */
  public void restore() {
    recorder.load().ifPresent(stored -> {
      sessionId = stored.sessionId();
      resumeUri = stored.resumeUrl().isEmpty() ? null : URI.create(stored.resumeUrl());
      sequence = stored.sequence();
      unconfirmedJump = 0;
      deliveredAhead.clear();
    });
  }

  /** The session id, if the shard has one. */
  public Optional<String> id() {
    return Optional.ofNullable(sessionId);
  }

  /** The last sequence number received in this session (0 before any). */
  public long sequence() {
    return sequence;
  }

  /** Whether the next connection should RESUME rather than IDENTIFY. */
  boolean canResume() {
    return sessionId != null;
  }

  /** Where the next connection goes: the session's resume URL when resuming, else {@code gatewayUri}. */
  URI connectBase(URI gatewayUri) {
    return sessionId != null && resumeUri != null ? resumeUri : gatewayUri;
  }

  /**
   * Accounts for a dispatch numbered {@code seq} (-1 when it has none) by the policy above.
   *
   * @param handshake whether it is READY or RESUMED, which are always delivered
   */
  Verdict accept(long seq, boolean handshake) {
    long last = sequence;
    if (seq <= 0) {
      return Verdict.UNNUMBERED;
    }
    if (seq == last + 1 || (unconfirmedJump > 0 && seq == unconfirmedJump + 1 && seq > last)) {
      // The next one, or the one after a gap, which the gap's own frame did not move.
      boolean deliveredAlready = !deliveredAhead.isEmpty() && deliveredAhead.contains(seq);
      moveTo(seq);
      return handshake ? Verdict.UNNUMBERED : deliveredAlready ? Verdict.ALREADY_RECEIVED : Verdict.NEXT;
    }
    if (handshake) {
      return Verdict.UNNUMBERED;
    }
    if (seq <= last || deliveredAhead.contains(seq)) {
      return Verdict.ALREADY_RECEIVED;
    }
    if (seq - last > MAX_SEQUENCE_JUMP) {
      return Verdict.ABSURD;
    }
    unconfirmedJump = seq;
    deliveredAhead.add(seq);
    if (deliveredAhead.size() > MAX_AHEAD_REMEMBERED) {
      deliveredAhead.pollFirst();
    }
    return Verdict.GAP;
  }

  private void moveTo(long seq) {
    sequence = seq;
    unconfirmedJump = 0;
    if (!deliveredAhead.isEmpty()) {
      deliveredAhead.headSet(seq, true).clear(); // passed: the sequence itself refuses them now
    }
    if (sessionId != null) {
      recorder.record(sessionId, seq, resumeUri, false);
    }
  }

  /**
   * READY started a session: remember it (a null {@code resumeUri} means the default gateway). Its
   * dispatches are numbered anew, whatever came before: READY answers an IDENTIFY, which reset the
   * numbering already, but a gateway may also answer a RESUME with a new session. READY's own
   * number counts as the session's first when it is 1 (Discord's); any other leaves the session
   * at 0, as a dispatch that far ahead would leave the sequence where it was.
   */
  void begin(String sessionId, URI resumeUri, long readySeq) {
    this.sessionId = sessionId;
    this.resumeUri = resumeUri;
    sequence = readySeq == 1 ? 1 : 0;
    unconfirmedJump = 0;
    deliveredAhead.clear();
    recorder.record(sessionId, sequence, resumeUri, true);
  }

  /**
   * The session's resume URL does not answer: the session is resumed at the gateway URL from now
   * on (Discord accepts a RESUME there too, or answers it with an invalid session).
   */
  void dropResumeUri() {
    resumeUri = null;
    if (sessionId != null) {
      recorder.record(sessionId, sequence, null, true);
    }
  }

  /** An IDENTIFY is about to start a new session: its dispatches count from 1 again. */
  void identifying() {
    sequence = 0;
    unconfirmedJump = 0;
    deliveredAhead.clear();
  }

  /** The session cannot be resumed any more: the next connection identifies. */
  void forget() {
    if (sessionId != null) {
      recorder.clear();
    }
    sessionId = null;
    resumeUri = null;
    sequence = 0;
    unconfirmedJump = 0;
    deliveredAhead.clear();
  }
}
