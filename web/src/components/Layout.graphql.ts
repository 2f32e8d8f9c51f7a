import { graphql } from "../graphql/graphql";

export const Layout_Logout = graphql(`
  mutation Layout_Logout {
    logout {
      ok
    }
  }
`);
