import { mountPage } from '../../components/mount-page';
import { TrackerConnector } from '../../components/tracker/tracker-connector';
import '../../assets/theme.css';
import '../../assets/tracker.css';

mountPage(<TrackerConnector />);
