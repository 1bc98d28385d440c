/** Shardwire's annotations: what a bot author writes on event interfaces and handler methods. */
module dev.shardwire.annotations {
  exports dev.shardwire.annotations;
}
