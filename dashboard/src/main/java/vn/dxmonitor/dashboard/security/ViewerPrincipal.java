package vn.dxmonitor.dashboard.security;

/** A principal of any sign-in kind (form, OIDC, API key) that knows the viewer it stands for. */
public interface ViewerPrincipal {

  Viewer viewer();
}
