package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A file attached to a message.
 */
@GatewayModel(builder = true)
public interface Attachment {

  /** The attachment's id. */
  @Repr
  Snowflake id();

  /** The file's name. */
  @Repr
  String filename();

  /** The file's title. */
  Optional<String> title();

  /** The file's description (alt text). */
  Optional<String> description();

  /** The media type. */
  Optional<String> contentType();

  /** The size in bytes. */
  long size();

  /** The source URL. */
  String url();

  /** The proxied URL. */
  String proxyUrl();

  /** An image's or video's height; absent or null for other files. */
  OptionalNullable<Integer> height();

  /** An image's or video's width; absent or null for other files. */
  OptionalNullable<Integer> width();

  /** Whether the attachment is ephemeral. */
  boolean ephemeral();

  /** A voice message's duration in seconds. */
  OptionalDouble durationSecs();

  /** A voice message's waveform, base64. */
  Optional<String> waveform();

  /** The attachment's flags, when sent. */
  OptionalLong flags();
}
