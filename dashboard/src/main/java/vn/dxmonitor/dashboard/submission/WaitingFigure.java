package vn.dxmonitor.dashboard.submission;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import vn.dxmonitor.model.quality.Flag;
import vn.dxmonitor.model.submission.Submission;

/**
 * A submitted figure in a verifier's queue, with the data-quality flags it raised ({@link
 * FigureChecks}); in JSON, the submission's fields and {@code flags} beside them.
 */
public record WaitingFigure(@JsonUnwrapped Submission submission, List<Flag> flags) {

  public WaitingFigure {
    flags = List.copyOf(flags);
  }
}
