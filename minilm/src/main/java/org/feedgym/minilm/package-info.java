/**
 * all-MiniLM-L6-v2 sentence embeddings for FeedGym's data catalogs, through ONNX Runtime, served
 * to env as the embedding methods {@code minilm} and {@code minilm-q} by
 * {@link org.feedgym.minilm.MiniLmProvider}. Put this module on the class path to use them.
 */
package org.feedgym.minilm;
