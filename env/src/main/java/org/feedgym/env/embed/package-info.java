/**
 * Item embeddings from text: {@link org.feedgym.env.embed.TfIdfEmbedder} (TF-IDF reduced by
 * truncated SVD or random projection, plain Java arrays) built in, and sentence embedders such as
 * all-MiniLM-L6-v2 found through {@link org.feedgym.env.embed.TextEmbedderProvider} so that their
 * heavy dependencies stay in their own module. {@link org.feedgym.env.embed.EmbeddingCache} stores
 * results on disk keyed by a hash of (texts, method, parameters, model);
 * {@link org.feedgym.env.embed.EmbeddingMatrix} answers cosine top-k queries.
 */
package org.feedgym.env.embed;
