package dev.shardwire.models;

import dev.shardwire.annotations.GatewayModel;
import dev.shardwire.annotations.Repr;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Rich content in a message. The text parts are typed; the media parts (footer, image, thumbnail,
 * video, provider, author) are kept as raw JSON, because bots rarely read them and Discord changes
 * them often.
 */
@GatewayModel(builder = true)
public interface Embed {

  /** The title. */
  @Repr
  Optional<String> title();

  /** The type, as Discord names it ({@code "rich"}, {@code "image"}, …); new types pass through. */
  Optional<String> type();

  /** The description. */
  Optional<String> description();

  /** The title's link. */
  Optional<String> url();

  /** The timestamp shown in the footer. */
  Optional<Instant> timestamp();

  /** The colour as an RGB integer. */
  OptionalInt color();

  /** The fields (empty when absent). */
  List<EmbedField> fields();

  /** The footer, as sent. */
  Optional<RawJson> footer();

  /** The image, as sent. */
  Optional<RawJson> image();

  /** The thumbnail, as sent. */
  Optional<RawJson> thumbnail();

  /** The video, as sent. */
  Optional<RawJson> video();

  /** The provider, as sent. */
  Optional<RawJson> provider();

  /** The author, as sent. */
  Optional<RawJson> author();
}
