package vn.dxmonitor.runtime.elasticsearch;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Elasticsearch is and how the platform's indices are named.
 *
 * @param uris HTTP addresses of the nodes
 * @param indexPrefix prepended to every index and template name, so several deployments (or tests)
 *     can share one cluster
 * @param replicas replicas of every index the platform makes: 0 on a single node (the default), 1
 *     on a cluster of three
 */
@Validated
@ConfigurationProperties("dx.elasticsearch")
public record ElasticsearchProperties(
    @DefaultValue("http://127.0.0.1:9200") @NotEmpty List<URI> uris,
    @DefaultValue("") String indexPrefix,
    @DefaultValue("0") @PositiveOrZero int replicas) {}
